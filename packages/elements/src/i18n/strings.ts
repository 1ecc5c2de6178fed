import { en } from './en.js';
import type { PluralString, ShopletStrings, StringKey, StringOverrides } from './types.js';

type LanguageTable = { default: ShopletStrings };

// The one place that loads a language: each table is its own module, fetched only for pages in
// that language. English is always there. A Map, so a locale such as `__proto__` or
// `constructor` finds nothing instead of an object's built-in members.
const languageLoaders = new Map<string, () => Promise<LanguageTable>>([
  ['de', () => import('./de.js')],
  ['ja', () => import('./ja.js')],
  ['pl', () => import('./pl.js')],
]);

// Built-in tables by language, and the strings pages set, by lower-case locale ('de', 'de-at').
// Kept apart so an element can tell the page's wording from the built-in one.
const builtIn = new Map<string, ShopletStrings>([['en', en]]);
const loading = new Map<string, Promise<void>>();
const unavailable = new Set<string>();
const pageStrings = new Map<string, StringOverrides>();

const languageOf = (locale: string) => locale.split('-')[0] as string;

/**
 * Loads the built-in strings of a locale's language. Returns a promise while they load, and
 * `undefined` once they are there (or for a language with no built-in table, which reads
 * English). Elements call it before they render; call it yourself before {@link translate}
 * outside an element.
 *
 * @example
 * await loadStrings('de-DE');
 * translate('de-DE', 'addToCart'); // 'In den Warenkorb'
 */
export function loadStrings(locale: string | undefined): Promise<void> | undefined {
  const lang = languageOf((locale ?? 'en').toLowerCase());
  const load = languageLoaders.get(lang);
  if (!load || builtIn.has(lang) || unavailable.has(lang)) return undefined;
  let pending = loading.get(lang);
  if (!pending) {
    pending = load()
      .then(
        (table) => void builtIn.set(lang, table.default),
        // A language that cannot load (offline, a removed file) reads English and is not asked for again.
        () => void unavailable.add(lang),
      )
      .finally(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

/**
 * Rewords strings for a locale (`'de'`, or a regional `'de-AT'` that falls back to `'de'`, then to
 * English). A page's wording wins over the built-in one, whenever the built-in one loads.
 *
 * @example
 * setStrings('en', { addToCart: 'Add to bag' });
 * setStrings('pl', { cartButton: { one: 'Torba, {count} rzecz', few: 'Torba, {count} rzeczy', many: 'Torba, {count} rzeczy', other: 'Torba, {count} rzeczy' } });
 */
export function setStrings(locale: string, strings: StringOverrides): void {
  const key = locale.toLowerCase();
  pageStrings.set(key, { ...pageStrings.get(key), ...strings });
}

/**
 * The wording a page gave `key` for this locale, through the element's `strings` or
 * {@link setStrings} (for the locale or its language, not for another language), else
 * `undefined`. For strings whose built-in wording lives elsewhere, such as the delivery promise.
 *
 * @example
 * customString('de-DE', 'deliveryWithin'); // undefined unless the page reworded it in German
 */
export function customString(
  locale: string | undefined,
  key: StringKey,
  overrides?: StringOverrides,
): string | PluralString | undefined {
  const full = (locale ?? 'en').toLowerCase();
  return overrides?.[key] ?? pageStrings.get(full)?.[key] ?? pageStrings.get(languageOf(full))?.[key];
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    // A locale tag the browser cannot read gets English rules.
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

// The string and the locale its wording is in: a plural is chosen by that language's rules.
function lookUp(
  full: string,
  key: StringKey,
  overrides: StringOverrides | undefined,
): { text: string | PluralString; locale: string } | undefined {
  const own = overrides?.[key];
  if (own !== undefined) return { text: own, locale: full };
  for (const locale of new Set([full, languageOf(full), 'en'])) {
    const text = pageStrings.get(locale)?.[key] ?? builtIn.get(locale)?.[key as keyof ShopletStrings];
    if (text !== undefined) return { text, locale };
  }
  return undefined;
}

/**
 * A string for a locale (the element's overrides, then the page's, then the built-in table; for
 * the locale, its language, then English), with `{placeholders}` filled. A plural string is
 * chosen by `values.count` under the language's plural rules. A language other than English
 * answers in English until {@link loadStrings} has loaded it.
 *
 * @example
 * await loadStrings('pl');
 * translate('pl', 'cartButton', { count: 5 }); // 'Koszyk, 5 produktów'
 */
export function translate(
  locale: string | undefined,
  key: StringKey,
  values: Record<string, string | number> = {},
  overrides?: StringOverrides,
): string {
  const found = lookUp((locale ?? 'en').toLowerCase(), key, overrides);
  if (!found) return key;
  const { text } = found;
  const count = values.count;
  const template =
    typeof text === 'string'
      ? text
      : ((typeof count === 'number' ? text[pluralCategory(found.locale, count)] : undefined) ?? text.other);
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const value = values[name];
    return value === undefined ? m : typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

// Numbers read as the shopper writes them (1,234 or 1.234); a locale the browser cannot read gets English.
function formatNumber(locale: string | undefined, value: number): string {
  try {
    return new Intl.NumberFormat(locale || 'en').format(value);
  } catch {
    return new Intl.NumberFormat('en').format(value);
  }
}
