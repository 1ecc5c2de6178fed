import { addBuiltInStrings } from '../internal/i18n.js';

// Optional members: the core tables in i18n.ts are typed `ShopletStrings` and do not list these.
// This module registers the button's English label on import (German and Japanese come with
// strings-de.ts and strings-ja.ts); the menu's strings (share-menu.strings.ts) load with the menu.
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

/**
 * The share button's built-in English label, registered on import beneath any the page set. German
 * and Japanese ship with those languages' base strings (`strings-de.ts`, `strings-ja.ts`), loaded
 * only for pages in those languages. The menu's strings are `shareMenuStrings`
 * (share-menu.strings.ts), loaded on first use.
 *
 * @example
 * setStrings('en', { share: 'Send to a friend' });
 */
export const shareStrings: Record<'en', { share: string }> = {
  en: { share: 'Share' },
};

addBuiltInStrings('en', shareStrings.en);
