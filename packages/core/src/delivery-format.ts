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
 * Sentences of a delivery promise in one language. `{duration}` and `{dates}` are replaced.
 *
 * @example
 * const nl: DeliveryMessages = {
 *   within: 'Bestel binnen {duration} — bezorging {dates}', plain: 'Bezorging {dates}', rangeSeparator: ' – ',
 *   duration: (h, m) => [h && `${h} u`, m && `${m} min`].filter(Boolean).join(' '),
 * };
 */
export interface DeliveryMessages {
  /** Used while today's cut-off still applies. */
  within: string;
  /** Used when it does not. */
  plain: string;
  /** Between the earliest and latest date. */
  rangeSeparator: string;
  /** Formats the time left; omit to use `Intl.NumberFormat` units for the locale. */
  duration?: (hours: number, minutes: number, locale: string) => string;
}

const intlDuration = (hours: number, minutes: number, locale: string, joiner = ' ') => {
  const unit = (n: number, u: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(n);
  const out: string[] = [];
  if (hours > 0) out.push(unit(hours, 'hour'));
  if (minutes > 0 || hours === 0) out.push(unit(minutes, 'minute'));
  return out.join(joiner);
};

/** Built-in sentences; other languages fall back to English unless `messages` are passed. */
const MESSAGES: Record<string, DeliveryMessages> = {
  en: {
    within: 'Order within {duration} — arrives {dates}',
    plain: 'Arrives {dates}',
    rangeSeparator: ' – ',
    // Intl's short English units read "2 hrs 13 mins"; shops write "2 h 13 min".
    duration: (h, m) => [h > 0 ? `${h} h` : '', m > 0 || h === 0 ? `${m} min` : ''].filter(Boolean).join(' '),
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
  es: {
    within: 'Pide en las próximas {duration} — llega {dates}',
    plain: 'Llega {dates}',
    rangeSeparator: ' – ',
  },
  ja: {
    within: 'あと{duration}以内のご注文で{dates}にお届け',
    plain: '{dates}にお届け予定',
    rangeSeparator: '～',
    duration: (h, m, locale) => intlDuration(h, m, locale, '').replace(/\s+/g, ''),
  },
};

function language(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return 'en';
  }
}

function formatDate(isoDate: string, locale: string, withYear: boolean): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  // The estimate is a calendar date; formatting it at UTC midnight in UTC keeps its weekday exact.
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(Date.UTC(y, m - 1, d));
}

/**
 * Turns an estimate into the sentence shown on the card, the sheet and the cart, in the shopper's
 * language ("Order within 2 h 13 min — arrives Thu 27 Nov – Mon 1 Dec"). Dates come from
 * `Intl.DateTimeFormat`; a one-day window shows one date; the year is added when the arrival falls
 * in another year than `now`. Built in: English, German, French, Spanish, Japanese; pass `messages`
 * for another language (unknown languages fall back to English, dates included, so a sentence never
 * mixes two languages).
 *
 * @example
 * formatDeliveryPromise({ earliest: '2025-11-27', latest: '2025-12-01', orderWithinMs: 7_980_000 }, 'de-DE').text;
 * // 'Innerhalb von 2 Std. 13 Min. bestellen — Lieferung Do., 27. Nov. – Mo., 1. Dez.'
 */
export function formatDeliveryPromise(
  estimate: DeliveryEstimate,
  locale: string,
  now: number | Date = Date.now(),
  messages?: DeliveryMessages,
): DeliveryPromise {
  const lang = language(locale);
  const builtIn = MESSAGES[lang];
  const msgs = messages ?? builtIn ?? (MESSAGES.en as DeliveryMessages);
  const dateLocale = messages || builtIn ? locale : 'en';

  const nowYear = new Date(now).getUTCFullYear();
  const withYear = [estimate.earliest, estimate.latest].some((d) => Number(d.slice(0, 4)) !== nowYear);
  const earliest = formatDate(estimate.earliest, dateLocale, withYear);
  const latest = estimate.latest === estimate.earliest ? null : formatDate(estimate.latest, dateLocale, withYear);

  let duration: string | null = null;
  if (estimate.orderWithinMs !== null && estimate.orderWithinMs > 0) {
    // Round down (never promise more time than is left), but never show "0 min".
    const totalMinutes = Math.max(1, Math.floor(estimate.orderWithinMs / 60_000));
    const h = Math.floor(totalMinutes / 60);
    const m = totalMinutes % 60;
    duration = (msgs.duration ?? intlDuration)(h, m, dateLocale);
  }

  const dateParts: DeliveryPromisePart[] = [{ type: 'date', value: earliest }];
  if (latest) dateParts.push({ type: 'literal', value: msgs.rangeSeparator }, { type: 'date', value: latest });

  const parts: DeliveryPromisePart[] = [];
  for (const piece of (duration ? msgs.within : msgs.plain).split(/(\{duration\}|\{dates\})/)) {
    if (piece === '{duration}' && duration) parts.push({ type: 'duration', value: duration });
    else if (piece === '{dates}') parts.push(...dateParts);
    else if (piece) parts.push({ type: 'literal', value: piece });
  }
  return { text: parts.map((p) => p.value).join(''), parts, duration, earliest, latest };
}
