import { addBuiltInStrings, type ShopletStrings } from '../internal/i18n.js';

// Optional members: the core tables in i18n.ts are typed `ShopletStrings` and do not list these;
// this module registers them for en, de and ja on import (`trustStrings` below is complete).
declare module '../internal/i18n.js' {
  interface ShopletStrings {
    /** Accessible name of the trust strip's list. */
    trustLabel?: string;
    /** Who processes the payment; `{provider}` is filled. */
    trustPayment?: string;
    trustCardDetails?: string;
    /** Link text of the full return policy. */
    trustReturnsLink?: string;
    /** Review summary for screen readers, one review. */
    trustRatedOne?: string;
    /** Review summary for screen readers, other counts. */
    trustRatedOther?: string;
  }
}

type TrustStringKey =
  | 'trustLabel'
  | 'trustPayment'
  | 'trustCardDetails'
  | 'trustReturnsLink'
  | 'trustRatedOne'
  | 'trustRatedOther';

/**
 * The trust strip's built-in strings by language, registered on import beneath any the page set.
 *
 * @example
 * setStrings('en', { trustPayment: 'Payments handled by {provider}' });
 */
export const trustStrings: Record<'en' | 'de' | 'ja', Required<Pick<ShopletStrings, TrustStringKey>>> = {
  en: {
    trustLabel: 'Buying with confidence',
    trustPayment: 'Secure checkout by {provider}',
    trustCardDetails: 'Shoplet never sees your card details',
    trustReturnsLink: 'Return policy',
    trustRatedOne: 'Rated {rating} out of {scale} from {count} review',
    trustRatedOther: 'Rated {rating} out of {scale} from {count} reviews',
  },
  de: {
    trustLabel: 'Sicher einkaufen',
    trustPayment: 'Sicherer Checkout über {provider}',
    trustCardDetails: 'Shoplet sieht Ihre Kartendaten nie',
    trustReturnsLink: 'Rückgabebedingungen',
    trustRatedOne: 'Bewertet mit {rating} von {scale} aus {count} Bewertung',
    trustRatedOther: 'Bewertet mit {rating} von {scale} aus {count} Bewertungen',
  },
  ja: {
    trustLabel: '安心してお買い物いただくために',
    trustPayment: '{provider}による安全な決済',
    trustCardDetails: 'Shopletがカード情報を見ることはありません',
    trustReturnsLink: '返品ポリシー',
    trustRatedOne: '{count}件のレビューで{scale}点中{rating}点',
    trustRatedOther: '{count}件のレビューで{scale}点中{rating}点',
  },
};

for (const [lang, table] of Object.entries(trustStrings)) addBuiltInStrings(lang, table);
