import type { DeliveryEstimate } from '../types.js';
import type { DeliveryMessages, DeliveryPromise, DeliveryPromisePart } from './types.js';
import { DELIVERY_WORDS } from './words.js';

/** The built-in sentences of a locale's language (`de` for `de-AT`), if it has any. */
function builtInWords(locale: string): DeliveryMessages | undefined {
  const language = locale.toLowerCase().split('-')[0] as string;
  return Object.hasOwn(DELIVERY_WORDS, language) ? DELIVERY_WORDS[language] : undefined;
}

/** The time left, rounded down (never promise more time than is left) but never "0 min". */
function formatDuration(ms: number, messages: DeliveryMessages, locale: string): string {
  const total = Math.max(1, Math.floor(ms / 60_000));
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (messages.duration) return messages.duration(hours, minutes, locale);
  const unit = (n: number, name: 'hour' | 'minute') =>
    messages[`${name}s`]?.replace(/\{\w+\}/, `${n}`) ??
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(n);
  const pieces: string[] = [];
  if (hours > 0) pieces.push(unit(hours, 'hour'));
  if (minutes > 0 || hours === 0) pieces.push(unit(minutes, 'minute'));
  return pieces.join(messages.durationJoin ?? ' ');
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
  const words = builtInWords(locale);
  const english = DELIVERY_WORDS.en as DeliveryMessages;
  // A language of its own (`messages`, no built-in words) keeps English sentences but not English units.
  const base = words ?? (messages ? { ...english, hours: undefined, minutes: undefined } : english);
  const msgs = { ...base, ...messages } as DeliveryMessages;
  const dateLocale = words || messages ? locale : 'en';

  const { earliest: first, latest: last, orderWithinMs } = estimate;
  const year = String(new Date(now).getUTCFullYear());
  // The estimate is a calendar date; formatting its UTC midnight in UTC keeps the weekday exact.
  const dates = new Intl.DateTimeFormat(dateLocale, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: first.startsWith(year) && last.startsWith(year) ? undefined : 'numeric',
  });
  const earliest = dates.format(Date.parse(first));
  const latest = first === last ? null : dates.format(Date.parse(last));
  const duration = orderWithinMs !== null && orderWithinMs > 0 ? formatDuration(orderWithinMs, msgs, dateLocale) : null;

  const parts: DeliveryPromisePart[] = [];
  for (const piece of (duration ? msgs.within : msgs.plain).split(/(\{duration\}|\{dates\})/)) {
    if (piece === '{duration}') {
      if (duration) parts.push({ type: 'duration', value: duration });
    } else if (piece === '{dates}') {
      parts.push({ type: 'date', value: earliest });
      if (latest) parts.push({ type: 'literal', value: msgs.rangeSeparator }, { type: 'date', value: latest });
    } else if (piece) {
      parts.push({ type: 'literal', value: piece });
    }
  }
  return { text: parts.map((p) => p.value).join(''), parts, duration, earliest, latest };
}
