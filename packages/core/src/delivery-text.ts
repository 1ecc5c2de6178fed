import type { DeliveryMessages, DeliveryPromise, DeliveryPromisePart } from './delivery-format.js';
import type { DeliveryEstimate } from './types.js';

/** English sentences, the fallback of a language without built-in ones. */
const EN = { within: 'Order within {duration} — arrives {dates}', plain: 'Arrives {dates}', rangeSeparator: ' – ' };
/**
 * Built-in wording by language: English (with hand-written units, `2 h 13 min`), and German,
 * French, Spanish and Japanese once loaded. Without units, a language takes `Intl`'s.
 */
const builtIn: Record<string, DeliveryMessages | undefined> = {
  en: { ...EN, hours: '{hours} h', minutes: '{minutes} min' },
};

/** The language of a locale (`'de'` for `'de-AT'`). */
const language = (locale: string) => locale.toLowerCase().split('-')[0] as string;

/**
 * Adds built-in sentences by language (`formatDeliveryPromise` adds all of its own).
 *
 * @example
 * addDeliveryWording((await import('./delivery-words.js')).default);
 *
 * @internal
 */
export function addDeliveryWording(words: Record<string, DeliveryMessages>): void {
  Object.assign(builtIn, words);
}

/**
 * Loads the built-in sentences of a locale's language when they are not there yet (German, French,
 * Spanish, Japanese): a promise while they load, else `undefined`. A failed load is tried again on
 * the next call; until then the language falls back to English as an unknown one does.
 *
 * @example
 * await loadDeliveryWording('de-DE');
 * formatLoadedDeliveryPromise(estimate, 'de-DE').text; // 'Innerhalb von … bestellen — Lieferung …'
 *
 * @internal
 */
export function loadDeliveryWording(locale: string): Promise<void> | undefined {
  const lang = language(locale);
  // The browser fetches the module once (and again after a failed load).
  return builtIn[lang] || !/^(de|fr|es|ja)$/.test(lang)
    ? undefined
    : import('./delivery-words.js').then(
        (words) => {
          Object.assign(builtIn, words.default);
        },
        () => {},
      );
}

/**
 * {@link formatDeliveryPromise} with the built-in sentences loaded so far (English always), as
 * `[parts, duration, earliest, latest]`: what an element uses after {@link loadDeliveryWording}, so
 * a page carries only the wording it shows.
 *
 * @example
 * const [parts] = formatLoadedDeliveryPromise(estimate, 'en-GB', Date.now());
 *
 * @internal
 */
export function formatLoadedDeliveryPromise(
  estimate: DeliveryEstimate,
  locale: string,
  now: number | Date = Date.now(),
  messages?: Partial<DeliveryMessages>,
): [
  parts: DeliveryPromisePart[],
  duration: DeliveryPromise['duration'],
  earliest: DeliveryPromise['earliest'],
  latest: DeliveryPromise['latest'],
] {
  const words = builtIn[language(locale)];
  // A language of its own (`messages`, no built-in ones) keeps English sentences but not English units.
  const msgs = { ...(words ?? (messages ? EN : builtIn.en)), ...messages } as DeliveryMessages;
  const dateLocale = words || messages ? locale : 'en';
  const { earliest: first, latest: last, orderWithinMs: left } = estimate;

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

  let duration: string | null = null;
  if ((left as number) > 0) {
    // Round down (never promise more time than is left), but never show "0 min".
    const total = Math.max(1, Math.floor((left as number) / 60_000));
    const hours = Math.floor(total / 60);
    const minutes = total % 60;
    const unit = (n: number, name: 'hour' | 'minute') =>
      msgs[`${name}s`]?.replace(/\{\w+\}/, `${n}`) ??
      new Intl.NumberFormat(dateLocale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(n);
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
  return [parts, duration, earliest, latest];
}
