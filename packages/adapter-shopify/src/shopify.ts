import {
  type AdapterCapabilities,
  type AdapterContext,
  type CheckoutHandoff,
  type ShopletAdapter,
  ShopletError,
  type Transport,
} from '@shoplet/core';
import { createTransport, transportFor } from '@shoplet/core/internal';
import { checkCountry, languageFromLocale, resolveOptions, type ShopifyOptions } from './options.js';
import { createStorefront } from './storefront.js';
import { createThemeCart } from './theme-cart.js';

/**
 * The Shopify adapter: a {@link ShopletAdapter} with the Shopify-specific extras.
 *
 * @example
 * const adapter: ShopifyAdapter = shopify({ domain, token });
 * console.log(adapter.apiVersion);
 */
export interface ShopifyAdapter extends ShopletAdapter {
  readonly name: 'shopify';
  /** The Storefront API version in use. */
  readonly apiVersion: string;
  /** The Storefront API endpoint (`https://{domain}/api/{version}/graphql.json`). */
  readonly endpoint: string;
  /** `storefront` or `theme`. */
  readonly cartMode: 'storefront' | 'theme';
}

/**
 * Creates the Shopify adapter. Products come from the Storefront API (batched: one request per tick
 * for any mix of handles and ids) in the shopper's market (`@inContext(country, language)`). The cart is
 * a Storefront API cart handed off to Shopify's `checkoutUrl`, or with `cart: 'theme'` the Online Store
 * theme's own cart, so a Shoplet embed on a theme page shares the theme's cart and checkout.
 *
 * Throws `ShopletError('invalid_config')` naming the option when the domain or token is wrong, and
 * refuses Admin API tokens (`shpat_…`) outright: a page must only ever hold a Storefront public token.
 *
 * @example
 * import { createShoplet } from '@shoplet/core';
 * import { shopify } from '@shoplet/adapter-shopify';
 *
 * const shop = createShoplet({
 *   adapter: shopify({ domain: 'linen-and-co.myshopify.com', token: 'storefront-public-token' }),
 *   locale: 'en-GB',
 *   country: 'GB',
 * });
 * await shop.cart.add((await shop.products.get('linen-shirt')).variants[0].id);
 * location.assign((await shop.checkout.start()).url);
 *
 * @example
 * // On the shop's own theme pages: share the theme's cart.
 * const adapter = shopify({ domain: 'linen-and-co.myshopify.com', token, cart: 'theme' });
 */
export function shopify(options: ShopifyOptions): ShopifyAdapter {
  const config = resolveOptions(options);
  let ctx: AdapterContext | undefined;
  let ownTransport: Transport | undefined;
  let marketCountry: string | undefined;

  const transport = (): Transport => {
    if (ctx) return transportFor(ctx);
    if (!ownTransport) {
      const fetchFn = options.fetch ?? (typeof fetch === 'function' ? fetch.bind(globalThis) : undefined);
      if (!fetchFn) {
        throw new ShopletError('invalid_config', 'shopify({ fetch }): no fetch is available here. Pass one.', {
          field: 'fetch',
        });
      }
      ownTransport = createTransport({ fetch: fetchFn });
    }
    return ownTransport;
  };
  // With a client, its country is the truth (`shop.setCountry()` changes it); the option is the
  // fallback. Used alone, `setMarket` moves the adapter to the new market.
  const market = () => ({
    country: ctx ? (ctx.country ?? config.country) : (marketCountry ?? config.country),
    language: config.language ?? languageFromLocale(ctx?.locale),
  });

  const storefront = createStorefront(config, transport, market);
  const theme = config.cart === 'theme' ? createThemeCart(options.theme ?? {}, transport) : undefined;

  const capabilities: AdapterCapabilities = {
    inlineCheckout: false,
    discountCodes: true,
    cartAttributes: true,
    quantityAvailable: true,
    markets: !theme,
    checkoutProvider: 'Shopify',
  };

  const adapter: ShopifyAdapter = {
    name: 'shopify',
    capabilities,
    apiVersion: config.apiVersion,
    endpoint: config.endpoint,
    cartMode: config.cart,
    init(context) {
      ctx = context;
    },
    getProducts: (refs) => storefront.getProducts(refs),
    createCart: (input) => (theme ?? storefront).createCart(input),
    getCart: (cartId) => (theme ?? storefront).getCart(cartId),
    addLines: (cartId, lines) => (theme ?? storefront).addLines(cartId, lines),
    updateLines: (cartId, lines) => (theme ?? storefront).updateLines(cartId, lines),
    removeLines: (cartId, lineIds) => (theme ?? storefront).removeLines(cartId, lineIds),
    applyDiscount: (cartId, codes) => (theme ?? storefront).applyDiscount(cartId, codes),
    setAttributes: (cartId, attributes) => (theme ?? storefront).setAttributes(cartId, attributes),
    async checkout(cartId): Promise<CheckoutHandoff> {
      if (theme) return { kind: 'redirect', url: theme.checkoutUrl, provider: 'Shopify' };
      const cart = await storefront.getCart(cartId);
      if (!cart?.checkoutUrl) {
        throw new ShopletError('not_found', 'The cart no longer exists on Shopify, so there is nothing to check out.');
      }
      if (!cart.lines.length)
        throw new ShopletError('invalid_input', 'The cart is empty: add something before checkout.');
      return { kind: 'redirect', url: cart.checkoutUrl, provider: 'Shopify' };
    },
  };
  if (theme) {
    adapter.watchCart = (onChange) => theme.watch(onChange);
  } else {
    adapter.setMarket = async (cartId, { country }) => {
      const code = checkCountry(country, 'country');
      if (!code)
        throw new ShopletError('invalid_input', 'setMarket needs a country code such as "DE".', { field: 'country' });
      marketCountry = code;
      return storefront.setMarket(cartId, code);
    };
  }
  return adapter;
}
