import type { DeliveryMessages } from './delivery-format.js';

/**
 * The built-in German, French, Spanish and Japanese sentences of a delivery promise (English is
 * always there). `formatDeliveryPromise` imports them; an element loads them only for a page in
 * one of these languages (`loadDeliveryWording`).
 *
 * @example
 * const { de } = (await import('./delivery-words.js')).default;
 */
export default {
  de: {
    within: 'Innerhalb von {duration} bestellen — Lieferung {dates}',
    plain: 'Lieferung {dates}',
    rangeSeparator: ' – ',
  },
  fr: {
    within: 'Commandez dans les {duration} — livraison {dates}',
    plain: 'Livraison {dates}',
    rangeSeparator: ' – ',
  },
  es: { within: 'Pide en las próximas {duration} — llega {dates}', plain: 'Llega {dates}', rangeSeparator: ' – ' },
  // Japanese writes the time left without spaces (2時間13分).
  ja: {
    within: 'あと{duration}以内のご注文で{dates}にお届け',
    plain: '{dates}にお届け予定',
    rangeSeparator: '～',
    hours: '{hours}時間',
    minutes: '{minutes}分',
    durationJoin: '',
  },
} satisfies Record<string, DeliveryMessages>;
