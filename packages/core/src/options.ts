import type { ShopletAdapter, StorageLike } from './adapter.js';
import { ShopletError } from './errors.js';

/**
 * Options of `createShoplet`. Only `adapter` is required.
 *
 * @example
 * const options: ShopletOptions = { adapter: vendure({ shopApi: '/shop-api' }), locale: 'de-DE', country: 'DE' };
 */
export interface ShopletOptions {
  /** The backend adapter (`shopify(…)`, `vendure(…)`, `memoryAdapter(…)`). */
  adapter: ShopletAdapter;
  /** BCP 47 locale for formatting and strings; default `navigator.language` in browsers, else `en-US`. */
  locale?: string;
  /** ISO 3166-1 alpha-2 market country (`GB`); adapters with markets price for it. */
  country?: string;
  /** ISO 4217 currency the shopper prefers, when the backend supports choosing. */
  currency?: string;
  /** Where the cart id and session survive reloads; default `localStorage` in browsers, memory elsewhere. */
  storage?: StorageLike;
  /** Key prefix in storage, so two clients on one page stay apart; default `shoplet:`. */
  storageKey?: string;
  /** The fetch used for every request; default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** How long a fetched product is reused; default 5 minutes. */
  cacheTtlMs?: number;
  /** Per-request timeout; default 10 s. */
  timeoutMs?: number;
  /** Retries for reads and throttled requests; default 3. */
  retries?: number;
  /** The clock; tests pass a fixed one. */
  now?: () => number;
  /** Re-read the cart when another tab changes it; default true where the platform has `storage` events. */
  syncTabs?: boolean;
  /** Trust and social options (see docs/social-commerce.md). */
  attribution?: unknown;
  analytics?: unknown;
  requireConsent?: boolean;
  delivery?: unknown;
  returns?: unknown;
  url?: string;
}

const KNOWN: readonly string[] = [
  'adapter',
  'locale',
  'country',
  'currency',
  'storage',
  'storageKey',
  'fetch',
  'cacheTtlMs',
  'timeoutMs',
  'retries',
  'now',
  'syncTabs',
  'attribution',
  'analytics',
  'requireConsent',
  'delivery',
  'returns',
  'url',
];

const ADAPTER_METHODS = [
  'getProducts',
  'createCart',
  'getCart',
  'addLines',
  'updateLines',
  'removeLines',
  'applyDiscount',
  'setAttributes',
  'checkout',
] as const;

function fail(field: string, message: string): never {
  throw new ShopletError('invalid_config', `createShoplet: options.${field} ${message}`, { field: `options.${field}` });
}

function closest(key: string): string | undefined {
  const lower = key.toLowerCase();
  return KNOWN.find((k) => k.toLowerCase() === lower || k.startsWith(lower.slice(0, 4)));
}

/**
 * Checks options up front so a mistake fails at start-up with the field and the fix, not later.
 *
 * @example
 * validateOptions({ adapter }); // throws ShopletError('invalid_config') when something is off
 */
export function validateOptions(options: ShopletOptions): void {
  if (!options || typeof options !== 'object') {
    throw new ShopletError(
      'invalid_config',
      'createShoplet needs an options object, e.g. createShoplet({ adapter: vendure({ shopApi }) }).',
      { field: 'options' },
    );
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.includes(key)) {
      const hint = closest(key);
      fail(key, `is not an option.${hint ? ` Did you mean "${hint}"?` : ''} Valid options: ${KNOWN.join(', ')}.`);
    }
  }
  const { adapter } = options;
  if (typeof adapter === 'function') {
    fail(
      'adapter',
      'is a function. Pass the result of an adapter factory, e.g. vendure({ shopApi }), not the factory itself.',
    );
  }
  if (!adapter || typeof adapter !== 'object') {
    fail('adapter', 'is required: pass an adapter such as shopify({ domain, token }) or vendure({ shopApi }).');
  }
  for (const method of ADAPTER_METHODS) {
    if (typeof adapter[method] !== 'function') {
      fail(
        'adapter',
        `is missing ${method}(). Pass the result of an adapter factory (shopify(…), vendure(…)), not the factory itself.`,
      );
    }
  }
  if (options.locale !== undefined) {
    try {
      if (typeof options.locale !== 'string' || Intl.getCanonicalLocales(options.locale).length !== 1) throw 0;
    } catch {
      fail('locale', `must be a BCP 47 locale such as "en-GB" or "de-DE", got ${JSON.stringify(options.locale)}.`);
    }
  }
  if (options.country !== undefined && !/^[A-Z]{2}$/.test(String(options.country))) {
    fail(
      'country',
      `must be an ISO 3166-1 alpha-2 code in capitals such as "GB", got ${JSON.stringify(options.country)}.`,
    );
  }
  if (options.currency !== undefined) {
    let ok = /^[A-Z]{3}$/.test(String(options.currency));
    try {
      if (ok) new Intl.NumberFormat('en', { style: 'currency', currency: options.currency });
    } catch {
      ok = false;
    }
    if (!ok)
      fail('currency', `must be an ISO 4217 code in capitals such as "EUR", got ${JSON.stringify(options.currency)}.`);
  }
  const storage = options.storage;
  if (
    storage !== undefined &&
    (['getItem', 'setItem', 'removeItem'] as const).some((m) => typeof storage?.[m] !== 'function')
  ) {
    fail('storage', 'must have getItem, setItem and removeItem (like localStorage or memoryStorage()).');
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function')
    fail('fetch', 'must be a function like globalThis.fetch.');
  for (const key of ['cacheTtlMs', 'timeoutMs', 'retries'] as const) {
    const value = options[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
      fail(key, `must be a non-negative number, got ${JSON.stringify(value)}.`);
    }
  }
  if (options.storageKey !== undefined && (typeof options.storageKey !== 'string' || !options.storageKey)) {
    fail('storageKey', 'must be a non-empty string such as "shoplet:blog:".');
  }
}
