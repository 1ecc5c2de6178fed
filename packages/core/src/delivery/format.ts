import { addDeliveryWording, formatLoadedDeliveryPromise } from './delivery-text.js';
import words from './delivery-words.js';
import type { DeliveryEstimate } from './types.js';

/**
 * One styled piece of a delivery promise: plain text, the time left, or an arrival date.
 *
 * @example
 * promise.parts.map((p) => (p.type === 'literal' ? p.value : `<strong>${p.value}</strong>`)).join('');
 */
export interface DeliveryPromisePart {
  type: 'literal' | 'duration' | 'date';
  value: string;
}

/**
 * A delivery promise ready to show, as one string and as parts the UI can style.
 *
 * @example
 * const p: DeliveryPromise = formatDeliveryPromise(estimate, 'en-GB');
 * p.text; // 'Order within 2 h 13 min — arrives Thu 27 Nov – Mon 1 Dec'
 */
export interface DeliveryPromise {
  text: string;
  parts: DeliveryPromisePart[];
  /** The time left before the cut-off (`2 h 13 min`), or `null` when today's cut-off has passed. */
  duration: string | null;
  /** Earliest arrival date, formatted (`Thu 27 Nov`). */
  earliest: string;
  /** Latest arrival date, or `null` when the window is a single day. */
  latest: string | null;
}

/**
 * Sentences of a delivery promise in one language. `{duration}` and `{dates}` are replaced. Passed to
 * {@link formatDeliveryPromise}, any of them may be left out to keep the built-in wording.
 *
 * @example
 * const nl: DeliveryMessages = {
 *   within: 'Bestel binnen {duration} — bezorging {dates}', plain: 'Bezorging {dates}', rangeSeparator: ' – ',
 *   hours: '{hours} u', minutes: '{minutes} min',
 * };
 */
export interface DeliveryMessages {
  /** Used while today's cut-off still applies. */
  within: string;
  /** Used when it does not. */
  plain: string;
  /** Between the earliest and latest date. */
  rangeSeparator: string;
  /** The hours of the time left (`'{hours} h'`); default: `Intl.NumberFormat` units for the locale. */
  hours?: string;
  /** The minutes of the time left (`'{minutes} min'`); default as for `hours`. */
  minutes?: string;
  /** Between hours and minutes; default a space (none in Japanese). */
  durationJoin?: string;
  /** Formats the whole time left, instead of `hours`, `minutes` and `durationJoin`. */
  duration?: (hours: number, minutes: number, locale: string) => string;
}

/**
 * Turns an estimate into the sentence shown on the card, the sheet and the cart, in the shopper's
 * language ("Order within 2 h 13 min — arrives Thu 27 Nov – Mon 1 Dec"). Dates come from
 * `Intl.DateTimeFormat`; a one-day window shows one date; the year is added when the arrival falls
 * in another year than `now`. Built in: English, German, French, Spanish, Japanese; pass `messages`
 * for another language, or some of them to reword a built-in one (the rest stay built in). Unknown
 * languages without messages fall back to English, dates included, so a sentence never mixes two
 * languages.
 *
 * @example
 * formatDeliveryPromise({ earliest: '2025-11-27', latest: '2025-12-01', orderWithinMs: 7_980_000 }, 'de-DE').text;
 * // 'Innerhalb von 2 Std. 13 Min. bestellen — Lieferung Do., 27. Nov. – Mo., 1. Dez.'
 */
export function formatDeliveryPromise(
  estimate: DeliveryEstimate,
  locale: string,
  now: number | Date = Date.now(),
  messages?: Partial<DeliveryMessages>,
): DeliveryPromise {
  addDeliveryWording(words);
  const [parts, duration, earliest, latest] = formatLoadedDeliveryPromise(estimate, locale, now, messages);
  return { text: parts.map((p) => p.value).join(''), parts, duration, earliest, latest };
}
