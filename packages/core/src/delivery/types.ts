/**
 * A shop's dispatch and transit rules, from configuration or from the adapter.
 *
 * @example
 * const policy: DeliveryPolicy = {
 *   timeZone: 'Europe/London', cutoff: '14:00', processingDays: 0,
 *   workDays: [1, 2, 3, 4, 5], holidays: ['2026-12-25'],
 *   transit: { GB: [1, 2], '*': [3, 7] },
 * };
 */
export interface DeliveryPolicy {
  /** IANA time zone of the warehouse (`Europe/London`). */
  timeZone: string;
  /** Local dispatch cut-off, 24-hour `HH:MM`. */
  cutoff: string;
  /** Work days between the start day and dispatch (0 = same day). */
  processingDays: number;
  /** ISO weekdays that are work days (1 = Monday … 7 = Sunday). */
  workDays: number[];
  /** Non-working dates, `YYYY-MM-DD` in the shop's time zone. */
  holidays: string[];
  /** Transit in work days `[min, max]` by ISO country code, with `'*'` as the fallback. */
  transit: Record<string, [number, number]>;
}

/**
 * When and where to estimate delivery for.
 *
 * @example
 * const input: DeliveryInput = { now: Date.now(), country: 'DE' };
 */
export interface DeliveryInput {
  /** The moment the shopper would order (epoch ms or a Date); defaults to `Date.now()`. */
  now?: number | Date;
  /** ISO country code of the destination; without one, `transit['*']` applies. */
  country?: string | undefined;
}

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
 * `formatDeliveryPromise`, any of them may be left out to keep the built-in wording.
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
