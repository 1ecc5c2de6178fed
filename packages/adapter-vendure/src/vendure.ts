import type { AdapterCapabilities, DeliveryPolicy, ShopletAdapter } from '@shoplet/core';
import { getCart } from './active-order.js';
import { cartMutations } from './cart.js';
import { deliveryPolicy } from './delivery.js';
import { createInlineCheckout } from './inline-checkout.js';
import { resolveOptions, type VendureOptions } from './options.js';
import { getProducts } from './products.js';
import { createFeatureSource } from './schema-features.js';
import type { VendureShared } from './shared.js';

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
    features: createFeatureSource(
      () => shared,
      (found) => {
        capabilities.cartAttributes = found.attributes;
      },
    ),
    pendingAttributes: null,
  };

  return {
    name: 'vendure',
    capabilities,
    init(ctx) {
      shared.ctx = ctx;
      // Known features (declared, or detected on an earlier visit) are read now; otherwise the
      // detection starts before the first query needs it.
      shared.features.get().catch(() => {});
    },
    getProducts: (refs) => getProducts(shared, refs),
    getCart: (cartId) => getCart(shared, cartId),
    ...cartMutations(shared),
    checkout: async () => ({ kind: 'inline', provider: 'Vendure' }),
    // One instance for every step, so the contact given in setContact is known later.
    inline: createInlineCheckout(shared),
    deliveryPolicy: () => deliveryPolicy(shared, options.delivery),
  };
}
