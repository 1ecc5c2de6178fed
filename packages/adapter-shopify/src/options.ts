import { ShopletError } from '@shoplet/core';

/**
 * The Storefront API version Shoplet is written and tested against (the tests validate every query
 * against this version's schema). Override it with `shopify({ apiVersion })` when a shop needs another.
 *
 * @example
 * shopify({ domain, token, apiVersion: SHOPIFY_API_VERSION });
 */
export const SHOPIFY_API_VERSION = '2026-04';

/**
 * Options of {@link shopify}.
 *
 * @example
 * const options: ShopifyOptions = { domain: 'linen-and-co.myshopify.com', token: 'a1b2c3…', country: 'GB' };
 */
export interface ShopifyOptions {
  /** The shop's domain without protocol: `your-shop.myshopify.com` or a custom domain such as `shop.example.com`. */
  domain: string;
  /** A Storefront API **public** access token (Headless channel or a custom app's Storefront API token). */
  token: string;
  /** Storefront API version; defaults to {@link SHOPIFY_API_VERSION}. */
  apiVersion?: string;
  /**
   * ISO 3166-1 alpha-2 market country (`GB`, `DE`) for when the client has none; the client's `country`
   * (and `shop.setCountry()`) takes precedence.
   */
  country?: string;
  /** Storefront `LanguageCode` (`EN`, `DE`, `PT_BR`); defaults to the language of the client's `locale`. */
  language?: string;
  /**
   * Which cart to use: `storefront` (default) keeps a Storefront API cart and hands off to its
   * `checkoutUrl`; `theme` uses the Online Store theme's own cart through the AJAX Cart API, for embeds
   * that run on the shop's own theme pages.
   */
  cart?: 'storefront' | 'theme';
  /** `fetch` for an adapter used without `createShoplet` (the client otherwise supplies its transport). */
  fetch?: typeof fetch;
  /** Theme cart mode only. */
  theme?: ThemeCartOptions;
}

/**
 * Options of the theme cart mode.
 *
 * @example
 * shopify({ domain, token, cart: 'theme', theme: { root: '/fr/' } });
 */
export interface ThemeCartOptions {
  /**
   * Where the theme's cart routes live: the storefront's `Shopify.routes.root` (`/`, or `/fr/` on a
   * translated storefront). May be absolute (`https://shop.example.com/`). Defaults to
   * `window.Shopify.routes.root`, else `/`.
   */
  root?: string;
  /** Where Shoplet dispatches its DOM events and listens for the theme's; defaults to `document`. */
  eventTarget?: EventTarget;
  /** Where Shoplet listens for `focus`; defaults to `window`. */
  focusTarget?: EventTarget;
  /** Whether to also dispatch the theme-convention `cart:update` event (Horizon and its descendants); default `true`. */
  themeEvents?: boolean;
}

/**
 * Options after validation.
 *
 * @internal
 * @example
 * const { endpoint } = resolveOptions({ domain: 'linen-and-co.myshopify.com', token: 'public-token' });
 */
export interface ResolvedShopifyOptions {
  domain: string;
  token: string;
  apiVersion: string;
  endpoint: string;
  country: string | undefined;
  language: string | undefined;
  cart: 'storefront' | 'theme';
}

const PRIVATE_TOKEN = /^(shpat|shpca|shppa|shpss)_/i;
const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const REGIONAL_LANGUAGES = new Set(['PT_BR', 'PT_PT', 'ZH_CN', 'ZH_TW']);

function configError(field: string, message: string): ShopletError {
  return new ShopletError('invalid_config', `shopify({ ${field} }): ${message}`, { field });
}

/**
 * Checks a country option: ISO 3166-1 alpha-2, upper case.
 *
 * @example
 * checkCountry('gb', 'country'); // 'GB'
 */
export function checkCountry(country: string | undefined, field: string): string | undefined {
  if (country === undefined || country === '') return undefined;
  if (typeof country !== 'string' || !/^[a-z]{2}$/i.test(country)) {
    throw configError(field, `"${String(country)}" is not a two-letter ISO country code. Use e.g. "GB" or "DE".`);
  }
  return country.toUpperCase();
}

/**
 * The Storefront `LanguageCode` for a BCP 47 locale (`en-GB` → `EN`, `pt-BR` → `PT_BR`).
 *
 * @example
 * languageFromLocale('pt-BR'); // 'PT_BR'
 */
export function languageFromLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const [lang, region] = locale.replace('_', '-').split('-');
  if (!lang || !/^[a-z]{2,3}$/i.test(lang)) return undefined;
  const regional = region ? `${lang}_${region}`.toUpperCase() : '';
  return REGIONAL_LANGUAGES.has(regional) ? regional : lang.toUpperCase();
}

/**
 * Validates {@link ShopifyOptions}; every problem is a `ShopletError('invalid_config')` naming the
 * option and the fix. A token that looks like an Admin API or app secret is refused outright: it would
 * give anyone who opens the page full control of the shop.
 *
 * @example
 * resolveOptions({ domain: 'linen-and-co.myshopify.com', token: 'public-token' });
 */
export function resolveOptions(options: ShopifyOptions): ResolvedShopifyOptions {
  if (!options || typeof options !== 'object') {
    throw configError('domain', 'pass an options object: shopify({ domain: "your-shop.myshopify.com", token: "…" }).');
  }
  const { domain } = options;
  // Checked as sent: fetch trims a header value, so " shpat_…" reaches Shopify as "shpat_…".
  const token = typeof options.token === 'string' ? options.token.trim() : options.token;
  if (typeof domain !== 'string' || !domain.trim()) {
    throw configError('domain', 'is missing. Pass the shop domain, e.g. "your-shop.myshopify.com".');
  }
  if (/\/admin(\/|$)/i.test(domain)) {
    throw configError(
      'domain',
      `"${domain}" points at the Admin API, which must never be called from a browser. Pass only the shop domain, e.g. "your-shop.myshopify.com".`,
    );
  }
  if (/^[a-z]+:\/\//i.test(domain) || domain.includes('/')) {
    throw configError(
      'domain',
      `"${domain}" must be a bare host without protocol or path, e.g. "your-shop.myshopify.com".`,
    );
  }
  if (!HOST.test(domain)) {
    throw configError('domain', `"${domain}" is not a host name. Use e.g. "your-shop.myshopify.com".`);
  }
  if (typeof token !== 'string' || !token) {
    throw configError(
      'token',
      'is missing. Create a Storefront API public access token (Headless channel or a custom app) and pass it as `token`.',
    );
  }
  if (PRIVATE_TOKEN.test(token)) {
    throw configError(
      'token',
      `looks like a private Admin API or app secret ("${token.slice(0, 6)}…"). Never put it in a web page: revoke it if it was published, and use a Storefront API public access token instead.`,
    );
  }
  const apiVersion = options.apiVersion ?? SHOPIFY_API_VERSION;
  if (!/^(\d{4}-(01|04|07|10)|unstable)$/.test(apiVersion)) {
    throw configError(
      'apiVersion',
      `"${apiVersion}" is not a Storefront API version. Use e.g. "${SHOPIFY_API_VERSION}".`,
    );
  }
  const cart = options.cart ?? 'storefront';
  if (cart !== 'storefront' && cart !== 'theme') {
    throw configError('cart', `"${String(cart)}" is not a cart mode. Use "storefront" or "theme".`);
  }
  let language: string | undefined;
  if (options.language !== undefined) {
    if (!/^[a-z]{2,3}(_[a-z]{2})?$/i.test(options.language)) {
      throw configError(
        'language',
        `"${options.language}" is not a Storefront LanguageCode. Use e.g. "EN" or "PT_BR".`,
      );
    }
    language = options.language.toUpperCase();
  }
  return {
    domain: domain.toLowerCase(),
    token,
    apiVersion,
    endpoint: `https://${domain.toLowerCase()}/api/${apiVersion}/graphql.json`,
    country: checkCountry(options.country, 'country'),
    language,
    cart,
  };
}
