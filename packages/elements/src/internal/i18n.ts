/**
 * Every user-visible string of the elements. `{name}` placeholders are filled by {@link translate}.
 * Other element modules add their keys through declaration merging on this interface.
 *
 * @example
 * setStrings('en', { addToCart: 'Add to bag' });
 */
export interface ShopletStrings {
  addToCart: string;
  /** Registered by the add-to-cart code (purchase-add.ts), which sets the busy and added states. */
  adding?: string;
  /** Registered by the add-to-cart code, as `adding`. */
  added?: string;
  addFailed: string;
  retry: string;
  soldOut: string;
  unavailable: string;
  inStock: string;
  lowStock: string;
  quantity: string;
  details: string;
  chooseOptions: string;
  /** Registered by the elements that use it (sheet, cart), which load on demand. */
  close?: string;
  loading: string;
  productUnavailable: string;
  wasPrice: string;
  salePrice: string;
  tagLabel: string;
  taggedProducts: string;
  /** Registered by the product sheet. */
  imageOf?: string;
  /** Registered by the product sheet. */
  showImage?: string;
  /** Registered by `<shoplet-post>`. */
  by?: string;
  /** Registered by `<shoplet-post>` and `<shoplet-feed>`. */
  postError?: string;
}

/**
 * A partial set of strings for one locale, as passed to {@link setStrings} or an element's `strings`.
 *
 * @example
 * const de: StringOverrides = { addToCart: 'In die Tasche' };
 */
export type StringOverrides = Partial<ShopletStrings>;

const en: ShopletStrings = {
  addToCart: 'Add to cart',
  addFailed: 'Could not add to cart: {message}',
  retry: 'Try again',
  soldOut: 'Sold out',
  unavailable: 'Unavailable',
  inStock: 'In stock',
  lowStock: 'Only {count} left',
  quantity: 'Quantity',
  details: 'Details',
  chooseOptions: 'Choose options',
  loading: 'Loading…',
  productUnavailable: 'This product is not available.',
  wasPrice: 'Was {price}',
  salePrice: 'Now {price}',
  tagLabel: '{title}, {price}',
  taggedProducts: 'Products in this image',
};

// By lower-case locale; English is always there.
const tables = new Map<string, StringOverrides>([['en', en]]);

/**
 * Built-in languages besides English: how to load one until it is asked for, then the promise of
 * it loading (English answers meanwhile), then nothing once it is there or could not load.
 */
const builtIn: Record<string, (() => Promise<{ default: ShopletStrings }>) | Promise<void> | undefined> = {
  de: () => import('./strings-de.js'),
  ja: () => import('./strings-ja.js'),
};

const languageOf = (locale: string | undefined) => (locale ?? 'en').toLowerCase().split('-')[0] as string;

/**
 * Loads the built-in strings of a locale's language (German and Japanese ship apart from
 * English). Returns a promise while they load, `undefined` once they are there (or for a language
 * with no built-in strings). Elements call it before they render; call it yourself before
 * {@link translate} outside an element.
 *
 * @example
 * await loadStrings('de-DE');
 * translate('de-DE', 'addToCart'); // 'In den Warenkorb'
 */
export function loadStrings(locale: string | undefined): Promise<void> | undefined {
  const lang = languageOf(locale);
  const state = builtIn[lang];
  if (typeof state !== 'function') return state;
  // A language that cannot load stays English (and is not asked for again).
  builtIn[lang] = state()
    .then(
      (table) => addBuiltInStrings(lang, table.default),
      () => {},
    )
    .then(() => {
      builtIn[lang] = undefined;
    });
  return builtIn[lang] as Promise<void>;
}

/**
 * Adds or overrides strings for a locale (`'de'`, or a regional `'de-AT'` that falls back to
 * `'de'`, then to English). Other element modules register their own keys the same way.
 *
 * @example
 * setStrings('en', { addToCart: 'Add to bag' });
 * setStrings('fr', { addToCart: 'Ajouter au panier' });
 */
export function setStrings(locale: string, strings: StringOverrides): void {
  const key = locale.toLowerCase();
  tables.set(key, { ...tables.get(key), ...strings });
}

/**
 * Registers built-in strings for a locale beneath the page's own: a key the page already set with
 * {@link setStrings} keeps the page's wording. Element modules (and the languages loaded on first
 * use) register their strings this way, so loading them late never undoes a page's wording.
 *
 * @example
 * addBuiltInStrings('de', { cartTitle: 'Warenkorb' });
 */
export function addBuiltInStrings(locale: string, strings: StringOverrides): void {
  const key = locale.toLowerCase();
  tables.set(key, { ...strings, ...tables.get(key) });
}

/**
 * Looks a string up for a locale (exact, then language, then English) with per-element
 * overrides first, and fills `{placeholders}`. A built-in language other than English answers in
 * English until {@link loadStrings} has loaded it.
 *
 * @example
 * await loadStrings('de-DE');
 * translate('de-DE', 'lowStock', { count: 3 }); // 'Nur noch 3 verfügbar'
 */
export function translate(
  locale: string | undefined,
  key: keyof ShopletStrings,
  values: Record<string, string | number> = {},
  overrides?: StringOverrides,
): string {
  const full = (locale ?? 'en').toLowerCase();
  const template =
    overrides?.[key] ??
    tables.get(full)?.[key] ??
    tables.get(languageOf(full))?.[key] ??
    tables.get('en')?.[key] ??
    key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => `${values[name] ?? m}`);
}
