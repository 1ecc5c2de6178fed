import {
  type AdapterCapabilities,
  type DeliveryPolicy,
  type InlineCheckout,
  lazy,
  type ShopletAdapter,
} from '@shoplet/core';
import type { CartMutations } from './cart.js';
import { deliveryPolicy } from './delivery.js';
import { resolveOptions, type VendureOptions } from './options.js';
import { getProducts } from './products.js';
import { detectFeatures } from './schema-features.js';
import type { VendureShared } from './shared.js';

/**
 * An object whose methods load their implementation on the first call and then pass every call to
 * it (as a method, so `this` is the implementation); `keys` are the method names, space-separated.
 * A failed load (offline) is tried again on the next call.
 */
function onFirstCall<T extends object>(load: () => Promise<T>, keys: string): T {
  const get = lazy(load as () => Promise<Record<string, (...args: unknown[]) => unknown>>).load;
  return Object.fromEntries(
    keys.split(' ').map((key) => [key, async (...args: unknown[]) => (await get())[key]!(...args)]),
  ) as T;
}

/**
 * Options of {@link vendure} plus the dispatch rules Vendure has no field for.
 *
 * @example
 * vendure({ shopApi, delivery: { timeZone: 'Europe/London', cutoff: '15:00' } });
 */
export interface VendureAdapterOptions extends VendureOptions {
  /** Dispatch rules merged over the transit window read from the shipping methods. */
  delivery?: Partial<DeliveryPolicy>;
}

/**
 * The Shoplet adapter for the Vendure Shop API: products by slug or id, the session's active order
 * as the cart, and an inline checkout (contact, address, shipping, payment). It talks plain
 * GraphQL over `fetch` and keeps Vendure's session token in the client's storage.
 *
 * @example
 * import { createShoplet } from '@shoplet/core';
 * import { vendure } from '@shoplet/adapter-vendure';
 *
 * const shop = createShoplet({ adapter: vendure({ shopApi: 'http://127.0.0.1:3100/shop-api' }) });
 * const product = await shop.products.get('linen-shirt');
 * await shop.cart.add(product.variants[0].id, 1);
 */
export function vendure(options: VendureAdapterOptions): ShopletAdapter {
  const resolved = resolveOptions(options);
  const declared = resolved.customFields;
  const capabilities: AdapterCapabilities = {
    inlineCheckout: true,
    discountCodes: true,
    // Known for sure only after detection; corrected as soon as it has run.
    cartAttributes: declared === 'detect' || declared.attributes === true,
    quantityAvailable: false,
    markets: false,
    checkoutProvider: 'Vendure',
  };
  const shared: VendureShared = {
    options: resolved,
    // Run once and shared; a failed detection (offline) runs again on the next call.
    features: lazy(async () => {
      const found = await detectFeatures(shared);
      capabilities.cartAttributes = found.attributes;
      return found;
    }).load,
    pendingAttributes: null,
  };
  // Reading the saved cart, changing it and checking out load their code on first use: a page
  // that only shows products carries none of it.
  const loadCart = lazy(() => import('./cart.js').then((m) => m.cartMutations(shared))).load;
  const cart = onFirstCall<CartMutations>(
    loadCart,
    'createCart addLines updateLines removeLines applyDiscount setAttributes inline',
  );

  return {
    name: 'vendure',
    capabilities,
    init(ctx) {
      shared.ctx = ctx;
      // Detection (when asked for) starts before the first query needs it.
      shared.features().catch(() => {});
    },
    getProducts: (refs) => getProducts(shared, refs),
    getCart: async (cartId) => (await import('./active-order.js')).getCart(shared, cartId),
    ...cart,
    checkout: async () => ({ kind: 'inline', provider: 'Vendure' }),
    // One checkout instance for every step, so the contact given in setContact is known later.
    inline: onFirstCall<InlineCheckout>(
      cart.inline,
      'setContact setShippingAddress shippingOptions setShippingOption paymentOptions pay',
    ),
    // Every product card shows a delivery promise, so this stays in what a page loads.
    deliveryPolicy: () => deliveryPolicy(shared, options.delivery),
    preloadCart: async () => {
      await loadCart();
    },
  };
}
