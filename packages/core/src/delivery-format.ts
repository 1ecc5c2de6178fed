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

/** Built-in sentences; other languages fall back to English unless `messages` are passed. */
const MESSAGES: Record<string, DeliveryMessages> = {
  en: { within: 'Order within {duration} — arrives {dates}', plain: 'Arrives {dates}', rangeSeparator: ' – ' },
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
    durationJoin: '',
  },
};

/** The language of a locale (`'de'` for `'de-AT'`). */
const language = (locale: string) => locale.toLowerCase().split('-')[0] as string;

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
  const builtIn = MESSAGES[language(locale)];
  const msgs = { ...(builtIn ?? MESSAGES.en), ...messages } as DeliveryMessages;
  const dateLocale = builtIn || messages ? locale : 'en';
  const { earliest: first, latest: last, orderWithinMs: left } = estimate;

  const year = String(new Date(now).getUTCFullYear());
  // The estimate is a calendar date; formatting its UTC midnight in UTC keeps the weekday exact.
  const dates = new Intl.DateTimeFormat(dateLocale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(first.startsWith(year) && last.startsWith(year) ? {} : { year: 'numeric' }),
  });
  const earliest = dates.format(Date.parse(first));
  const latest = first === last ? null : dates.format(Date.parse(last));

  let duration: string | null = null;
  if (left && left > 0) {
    // Round down (never promise more time than is left), but never show "0 min".
    const total = Math.max(1, Math.floor(left / 60_000));
    const hours = Math.floor(total / 60);
    const minutes = total % 60;
    const lang = language(dateLocale);
    // `messages`' units, else hand-written ones in English (`2 h 13 min`), else `Intl`'s.
    const unit = (n: number, name: 'hour' | 'minute') =>
      msgs[`${name}s`]?.replace(/\{\w+\}/, String(n)) ??
      (lang === 'en'
        ? `${n} ${name === 'hour' ? 'h' : 'min'}`
        : new Intl.NumberFormat(dateLocale, { style: 'unit', unit: name, unitDisplay: 'short' })
            .format(n)
            .replace(lang === 'ja' ? /\s/g : /^$/, ''));
    duration =
      msgs.duration?.(hours, minutes, dateLocale) ??
      [hours > 0 && unit(hours, 'hour'), (minutes > 0 || !hours) && unit(minutes, 'minute')]
        .filter(Boolean)
        .join(msgs.durationJoin ?? ' ');
  }

  const parts: DeliveryPromisePart[] = [];
  const add = (type: DeliveryPromisePart['type'], value: string) => parts.push({ type, value });
  for (const piece of (duration ? msgs.within : msgs.plain).split(/(\{duration\}|\{dates\})/)) {
    if (piece === '{duration}' && duration) add('duration', duration);
    else if (piece === '{dates}') {
      add('date', earliest);
      if (latest) {
        add('literal', msgs.rangeSeparator);
        add('date', latest);
      }
    } else if (piece) add('literal', piece);
  }
  return { text: parts.map((p) => p.value).join(''), parts, duration, earliest, latest };
}
