import { addBuiltInStrings, type ShopletStrings } from '../internal/i18n.js';

type ShareMenuStringKey =
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
 * The share menu's built-in strings by language. They load with the menu, on the first press of a
 * share button, and never replace strings the page already set with `setStrings`.
 *
 * @example
 * setStrings('en', { shareCopy: 'Copy the link' }); // before or after the menu loads
 */
export const shareMenuStrings: Record<'en' | 'de' | 'ja', Required<Pick<ShopletStrings, ShareMenuStringKey>>> = {
  en: {
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

/**
 * Registers {@link shareMenuStrings} for every language, beneath whatever the page already set with
 * `setStrings`.
 *
 * @example
 * registerShareMenuStrings(); // once, when the menu loads
 */
export function registerShareMenuStrings(): void {
  for (const [lang, table] of Object.entries(shareMenuStrings)) addBuiltInStrings(lang, table);
}
