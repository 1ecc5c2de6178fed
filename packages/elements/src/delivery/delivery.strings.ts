import { type ShopletStrings, setStrings } from '../internal/i18n.js';

// Optional members: the core tables in i18n.ts are typed `ShopletStrings` and do not list these;
// this module registers them for en, de and ja on import (`deliveryStrings` below is complete).
declare module '../internal/i18n.js' {
  interface ShopletStrings {
    /** Delivery promise while today's cut-off applies; `{duration}` and `{dates}` are filled. */
    deliveryWithin?: string;
    /** Delivery promise after the cut-off. */
    deliveryArrives?: string;
    /** Between the earliest and the latest arrival date. */
    deliveryRange?: string;
    deliveryHours?: string;
    deliveryMinutes?: string;
    /** Between hours and minutes (`2 h 13 min`). */
    deliveryDurationJoin?: string;
  }
}

type DeliveryStringKey =
  | 'deliveryWithin'
  | 'deliveryArrives'
  | 'deliveryRange'
  | 'deliveryHours'
  | 'deliveryMinutes'
  | 'deliveryDurationJoin';

/**
 * The delivery promise's built-in strings by language, registered with `setStrings` on import.
 * Override any of them with `setStrings('en', { deliveryWithin: 'Order in the next {duration} for {dates}' })`.
 *
 * @example
 * deliveryStrings.de.deliveryArrives; // 'Lieferung {dates}'
 */
export const deliveryStrings: Record<'en' | 'de' | 'ja', Required<Pick<ShopletStrings, DeliveryStringKey>>> = {
  en: {
    deliveryWithin: 'Order within {duration} — arrives {dates}',
    deliveryArrives: 'Arrives {dates}',
    deliveryRange: ' – ',
    deliveryHours: '{hours} h',
    deliveryMinutes: '{minutes} min',
    deliveryDurationJoin: ' ',
  },
  de: {
    deliveryWithin: 'Innerhalb von {duration} bestellen — Lieferung {dates}',
    deliveryArrives: 'Lieferung {dates}',
    deliveryRange: ' – ',
    deliveryHours: '{hours} Std.',
    deliveryMinutes: '{minutes} Min.',
    deliveryDurationJoin: ' ',
  },
  ja: {
    deliveryWithin: 'あと{duration}以内のご注文で{dates}にお届け',
    deliveryArrives: '{dates}にお届け予定',
    deliveryRange: '～',
    deliveryHours: '{hours}時間',
    deliveryMinutes: '{minutes}分',
    deliveryDurationJoin: '',
  },
};

for (const [lang, table] of Object.entries(deliveryStrings)) setStrings(lang, table);
