import type { ShopletAdapter, StorageLike } from './adapter.js';
import { DEV_MODE } from './dev-mode.js';
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
  /**
   * Runs `task` while holding the lock `name` across every tab of the site, so that two tabs do
   * not both start a backend session at once (each would get its own cart, and one tab's first
   * add would be lost). Default: the Web Locks API (`navigator.locks`) where the platform has it.
   */
  lock?: CrossTabLock;
}

/**
 * A lock shared by every tab of a site: runs `task` once no other holder has `name`.
 *
 * @example
 * const lock: CrossTabLock = (name, task) => navigator.locks.request(name, task);
 */
export type CrossTabLock = <T>(name: string, task: () => Promise<T>) => Promise<T>;

const KNOWN = [
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
  'lock',
];

/** Options of `withTrust`, a common mix-up with these. */
const TRUST_KEYS = ['attribution', 'analytics', 'requireConsent', 'delivery', 'returns', 'url'];

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
];

/** A string matching `pattern` that `accept` does not throw on (Intl throws on unknown codes). */
const isString = (pattern: RegExp, accept?: (v: string) => unknown) => (v: unknown) => {
  if (typeof v !== 'string' || !pattern.test(v)) return false;
  try {
    accept?.(v);
    return true;
  } catch {
    return false;
  }
};
const isCount = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const hasStorageMethods = (v: unknown) =>
  ['getItem', 'setItem', 'removeItem'].every((m) => typeof (v as Record<string, unknown>)?.[m] === 'function');

/** Each checked option: its test, and what it must be as the error message says it. */
const CHECKS: { [K in keyof ShopletOptions]?: { valid: (v: unknown) => boolean; expected: string } } = {
  locale: { valid: isString(/./, (v) => Intl.getCanonicalLocales(v)), expected: 'a BCP 47 locale such as "en-GB"' },
  country: { valid: isString(/^[A-Z]{2}$/), expected: 'an ISO 3166-1 alpha-2 code in capitals such as "GB"' },
  currency: {
    valid: isString(/^[A-Z]{3}$/, (v) => new Intl.NumberFormat('en', { style: 'currency', currency: v })),
    expected: 'an ISO 4217 code in capitals such as "EUR"',
  },
  storage: { valid: hasStorageMethods, expected: 'an object with getItem, setItem and removeItem (like localStorage)' },
  fetch: { valid: (v) => typeof v === 'function', expected: 'a function like globalThis.fetch' },
  lock: {
    valid: (v) => typeof v === 'function',
    expected: 'a function (name, task) => Promise, like navigator.locks.request',
  },
  storageKey: { valid: isString(/./), expected: 'a non-empty string such as "shoplet:blog:"' },
  cacheTtlMs: { valid: isCount, expected: 'a non-negative number' },
  timeoutMs: { valid: isCount, expected: 'a non-negative number' },
  retries: { valid: isCount, expected: 'a non-negative number' },
};

function fail(field: string, message: string): never {
  throw new ShopletError('invalid_config', `createShoplet: options.${field} ${message}`, { field: `options.${field}` });
}

/**
 * Checks options up front so a mistake fails at start-up with the field and the fix, not later.
 * Development builds (and running from source) check every option; production builds only that
 * an adapter is there, to stay small.
 *
 * @example
 * validateOptions({ adapter }); // throws ShopletError('invalid_config') when something is off
 */
export function validateOptions(options: ShopletOptions): void {
  if (!options?.adapter) fail('adapter', 'is required: createShoplet({ adapter: vendure({ shopApi }) }).');
  // Production builds keep the check above; development builds check everything, with hints.
  if (!DEV_MODE) return;
  for (const key of Object.keys(options)) {
    if (TRUST_KEYS.includes(key)) {
      fail(
        key,
        `belongs to withTrust(shop, { ${key} }) from @shoplet/core, which keeps createShoplet small when unused.`,
      );
    }
    if (!KNOWN.includes(key)) {
      const hint = KNOWN.find((k) => k.toLowerCase().startsWith(key.toLowerCase().slice(0, 4)));
      fail(key, `is not an option.${hint ? ` Did you mean "${hint}"?` : ''} Valid options: ${KNOWN.join(', ')}.`);
    }
  }
  const adapter = options.adapter as unknown;
  if (typeof adapter === 'function')
    fail(
      'adapter',
      'is a function: pass the result of an adapter factory, e.g. vendure({ shopApi }), not the factory itself.',
    );
  if (!adapter || typeof adapter !== 'object')
    fail('adapter', 'is required: pass shopify({ domain, token }) or vendure({ shopApi }).');
  const missing = ADAPTER_METHODS.find((m) => typeof (adapter as Record<string, unknown>)[m] !== 'function');
  if (missing)
    fail('adapter', `has no ${missing}(): pass the result of an adapter factory such as vendure({ shopApi }).`);
  for (const [key, check] of Object.entries(CHECKS)) {
    const value = options[key as keyof ShopletOptions];
    if (value !== undefined && !check.valid(value)) {
      fail(key, `must be ${check.expected}, got ${JSON.stringify(value) ?? typeof value}.`);
    }
  }
}
