import type { AdapterCapabilities, DeliveryPolicy, ShopletAdapter } from '@shoplet/core';
import { addLines, applyDiscount, createCart, getCart, removeLines, setAttributes, updateLines } from './cart.js';
import { deliveryPolicy } from './delivery.js';
import { lazyInlineCheckout } from './lazy-checkout.js';
import { resolveOptions, type VendureOptions } from './options.js';
import { getProducts } from './products.js';
import { detectFeatures, type SchemaFeatures } from './schema-features.js';
import { VendureSession } from './session.js';
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
  const session = new VendureSession(resolved);
  const declared = resolved.customFields;
  const capabilities: AdapterCapabilities = {
    inlineCheckout: true,
    discountCodes: true,
    // Known for sure only after detection; corrected as soon as it has run.
    cartAttributes: declared === 'detect' ? true : declared.attributes === true,
    quantityAvailable: false,
    markets: false,
    checkoutProvider: 'Vendure',
  };
  let features: Promise<SchemaFeatures> | undefined;
  const shared: VendureShared = {
    options: resolved,
    session,
    features() {
      features ??= detectFeatures(resolved, session).then(
        (found) => {
          capabilities.cartAttributes = found.attributes;
          return found;
        },
        (err: unknown) => {
          features = undefined;
          throw err;
        },
      );
      return features;
    },
    pendingAttributes: null,
  };
  const delivery = options.delivery ?? {};

  return {
    name: 'vendure',
    capabilities,
    init(ctx) {
      session.init(ctx);
      if (declared === 'detect') shared.features().catch(() => undefined);
    },
    getProducts: (refs) => getProducts(shared, refs),
    createCart: (input) => createCart(shared, input ?? {}),
    getCart: (cartId) => getCart(shared, cartId),
    addLines: (_cartId, lines) => addLines(shared, lines),
    updateLines: (_cartId, lines) => updateLines(shared, lines),
    removeLines: (_cartId, lineIds) => removeLines(shared, lineIds),
    applyDiscount: (_cartId, codes) => applyDiscount(shared, codes),
    setAttributes: (_cartId, attributes) => setAttributes(shared, attributes),
    checkout: async () => ({ kind: 'inline', provider: 'Vendure' }),
    inline: lazyInlineCheckout(shared),
    deliveryPolicy: () => deliveryPolicy(shared, delivery),
  };
}
