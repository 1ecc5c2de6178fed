import type { DeliveryMessages } from './types.js';

/**
 * The built-in sentences of a delivery promise, by language. English writes its units by hand
 * (`2 h 13 min`); a language without units takes `Intl`'s (`2 Std. 13 Min.`).
 */
export const DELIVERY_WORDS: Readonly<Record<string, DeliveryMessages>> = {
  en: {
    within: 'Order within {duration} — arrives {dates}',
    plain: 'Arrives {dates}',
    rangeSeparator: ' – ',
    hours: '{hours} h',
    minutes: '{minutes} min',
  },
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
};
