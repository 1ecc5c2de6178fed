import { type ShopletStrings, setStrings } from '../internal/i18n.js';

// Optional members: the core tables in i18n.ts are typed `ShopletStrings` and do not list these;
// this module registers them for en, de and ja on import (`shareStrings` below is complete).
declare module '../internal/i18n.js' {
  interface ShopletStrings {
    /** The share button. */
    share?: string;
    /** Accessible name of the list of share targets. */
    shareTo?: string;
    shareEmail?: string;
    shareCopy?: string;
    /** Under "Discord": Discord has no share link, so the link is copied. */
    shareDiscordNote?: string;
    /** Said after a link opens in a new tab, for screen readers. */
    shareNewTab?: string;
    shareCopied?: string;
    shareCopiedDiscord?: string;
    shareCopyFailed?: string;
    /** Label of the read-only field holding the link when copying failed. */
    shareLink?: string;
  }
}

type ShareStringKey =
  | 'share'
  | 'shareTo'
  | 'shareEmail'
  | 'shareCopy'
  | 'shareDiscordNote'
  | 'shareNewTab'
  | 'shareCopied'
  | 'shareCopiedDiscord'
  | 'shareCopyFailed'
  | 'shareLink';

/**
 * The share control's built-in strings by language, registered with `setStrings` on import.
 *
 * @example
 * setStrings('en', { share: 'Send to a friend' });
 */
export const shareStrings: Record<'en' | 'de' | 'ja', Required<Pick<ShopletStrings, ShareStringKey>>> = {
  en: {
    share: 'Share',
    shareTo: 'Share to',
    shareEmail: 'Email',
    shareCopy: 'Copy link',
    shareDiscordNote: 'Copies the link to paste in Discord',
    shareNewTab: '(opens in a new tab)',
    shareCopied: 'Link copied',
    shareCopiedDiscord: 'Link copied: paste it in Discord',
    shareCopyFailed: 'Could not copy the link. Select it below and copy it.',
    shareLink: 'Link',
  },
  de: {
    share: 'Teilen',
    shareTo: 'Teilen über',
    shareEmail: 'E-Mail',
    shareCopy: 'Link kopieren',
    shareDiscordNote: 'Kopiert den Link zum Einfügen in Discord',
    shareNewTab: '(öffnet in neuem Tab)',
    shareCopied: 'Link kopiert',
    shareCopiedDiscord: 'Link kopiert: in Discord einfügen',
    shareCopyFailed: 'Der Link konnte nicht kopiert werden. Markieren Sie ihn unten und kopieren Sie ihn.',
    shareLink: 'Link',
  },
  ja: {
    share: '共有',
    shareTo: '共有先',
    shareEmail: 'メール',
    shareCopy: 'リンクをコピー',
    shareDiscordNote: 'リンクをコピーしてDiscordに貼り付けます',
    shareNewTab: '（新しいタブで開きます）',
    shareCopied: 'リンクをコピーしました',
    shareCopiedDiscord: 'リンクをコピーしました。Discordに貼り付けてください',
    shareCopyFailed: 'リンクをコピーできませんでした。下のリンクを選択してコピーしてください。',
    shareLink: 'リンク',
  },
};

for (const [lang, table] of Object.entries(shareStrings)) setStrings(lang, table);
