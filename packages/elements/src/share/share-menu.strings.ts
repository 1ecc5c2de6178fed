import { type ShopletStrings, setStrings, translate } from '../internal/i18n.js';

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
 * share button, and never replace strings the page already set with `setStrings`
 * ({@link registerShareMenuStrings}).
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
 * Registers {@link shareMenuStrings} for every language, keeping whatever the page already set with
 * `setStrings`: a key counts as set for a language when it resolves to something other than the
 * English fallback (for English: other than the key itself).
 *
 * @example
 * registerShareMenuStrings(); // once, when the menu loads
 */
export function registerShareMenuStrings(): void {
  // Every decision comes before any registration, since English is the others' fallback.
  const missing = Object.entries(shareMenuStrings).map(([lang, table]) => {
    const keys = Object.keys(table) as ShareMenuStringKey[];
    const unset = keys.filter((key) => translate(lang, key) === (lang === 'en' ? key : translate('en', key)));
    return [lang, Object.fromEntries(unset.map((key) => [key, table[key]]))] as const;
  });
  for (const [lang, strings] of missing) setStrings(lang, strings);
}
