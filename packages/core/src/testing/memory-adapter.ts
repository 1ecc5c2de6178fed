import type { AdapterCapabilities, CartLineInput, InlineCheckout, ProductRef, ShopletAdapter } from '../adapter.js';
import type { DeliveryPolicy } from '../delivery/types.js';
import { ShopletError } from '../errors.js';
import type { Cart, Order, PaymentOption, Product, ShippingOption } from '../types.js';
import { makeLine } from './fixtures.js';

/**
 * Options of {@link memoryAdapter}.
 *
 * @example
 * memoryAdapter({ products: [makeProduct({ handle: 'mug' })], discounts: { WELCOME10: 10 }, latencyMs: 50 });
 */
export interface MemoryAdapterOptions {
  products: Product[];
  /** Discount codes and their percentage off the subtotal. */
  discounts?: Record<string, number>;
  /** Simulated network latency per call. */
  latencyMs?: number;
  /** Offer the inline checkout steps (like Vendure) instead of a redirect (like Shopify). */
  inlineCheckout?: boolean;
  shippingOptions?: ShippingOption[];
  deliveryPolicy?: DeliveryPolicy | null;
  checkoutProvider?: string;
}

/**
 * The in-memory adapter with its controls for tests and demos.
 *
 * @example
 * const adapter = memoryAdapter({ products });
 * adapter.failNext('addLines', new ShopletError('out_of_stock', 'Sold out'));
 */
export interface MemoryAdapter extends ShopletAdapter {
  /** How many times each method was called. */
  readonly calls: Record<string, number>;
  /** Every batch `getProducts` received. */
  readonly productBatches: ProductRef[][];
  /** Makes the next call of `method` fail with `error`. */
  failNext(method: keyof ShopletAdapter | `inline.${keyof InlineCheckout}`, error: Error): void;
  /** Forgets a cart, as a backend does when a cart expires. */
  forgetCart(cartId: string): void;
  /** The orders placed through the inline checkout. */
  readonly orders: Order[];
  /** Units left of a variant (stock is decremented by orders). */
  stockOf(variantId: string): number | null;
}

interface StoredCart {
  cart: Cart;
  contact?: string;
  shippingOptionId?: string;
  hasAddress?: boolean;
}

/**
 * A complete backend in memory: products, stock, carts, discount codes, and either a redirect or an
 * inline checkout. Integrators use it for tests, storybooks and offline demos.
 *
 * @example
 * import { createShoplet } from '@shoplet/core';
 * import { memoryAdapter, makeProduct } from '@shoplet/core/testing';
 *
 * const shop = createShoplet({ adapter: memoryAdapter({ products: [makeProduct({ handle: 'mug' })] }) });
 * const mug = await shop.products.get('mug');
 */
export function memoryAdapter(options: MemoryAdapterOptions): MemoryAdapter {
  const products = options.products;
  const carts = new Map<string, StoredCart>();
  const stock = new Map<string, number | null>();
  for (const p of products) for (const v of p.variants) stock.set(v.id, v.availableForSale ? v.quantityAvailable : 0);
  const failures = new Map<string, Error>();
  const calls: Record<string, number> = {};
  const productBatches: ProductRef[][] = [];
  const orders: Order[] = [];
  let cartCounter = 0;

  const capabilities: AdapterCapabilities = {
    inlineCheckout: options.inlineCheckout ?? false,
    discountCodes: true,
    cartAttributes: true,
    quantityAvailable: true,
    markets: false,
    checkoutProvider: options.checkoutProvider ?? 'Demo Store',
  };

  async function step(method: string): Promise<void> {
    calls[method] = (calls[method] ?? 0) + 1;
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      throw failure;
    }
  }

  function findVariant(variantId: string) {
    for (const product of products) {
      const variant = product.variants.find((v) => v.id === variantId);
      if (variant) return { product, variant };
    }
    throw new ShopletError('not_found', `No variant "${variantId}".`, { field: 'variantId' });
  }

  function load(cartId: string): StoredCart {
    const stored = carts.get(cartId);
    if (!stored) throw new ShopletError('not_found', `Cart ${cartId} does not exist.`, { field: 'cartId' });
    return stored;
  }

  function recompute(cart: Cart): Cart {
    const currencyCode = cart.lines[0]?.unitPrice.currencyCode ?? cart.subtotal.currencyCode;
    const subtotal = cart.lines.reduce((sum, l) => sum + l.total.amount, 0);
    const percent = cart.discountCodes
      .filter((d) => d.applicable)
      .reduce((sum, d) => sum + (options.discounts?.[d.code] ?? 0), 0);
    const discount = Math.round((subtotal * Math.min(percent, 100)) / 100);
    return {
      ...cart,
      totalQuantity: cart.lines.reduce((n, l) => n + l.quantity, 0),
      subtotal: { amount: subtotal, currencyCode },
      total: { amount: subtotal - discount, currencyCode },
    };
  }

  function setQuantity(cart: Cart, variantId: string, quantity: number): Cart {
    const { product, variant } = findVariant(variantId);
    const available = stock.get(variantId);
    if (!variant.availableForSale || (available !== null && available !== undefined && quantity > available)) {
      throw new ShopletError(
        'out_of_stock',
        available
          ? `Only ${available} of ${product.title} (${variant.title}) left.`
          : `${product.title} (${variant.title}) is sold out.`,
        { field: 'quantity' },
      );
    }
    const others = cart.lines.filter((l) => l.variantId !== variantId);
    const existing = cart.lines.find((l) => l.variantId === variantId);
    // Like real backends, line ids belong to one cart: a rebuilt cart has new ones.
    const line = { ...makeLine(product, quantity, variant), id: existing?.id ?? `${cart.id}/line-${variantId}` };
    return recompute({
      ...cart,
      lines:
        quantity > 0 ? (existing ? cart.lines.map((l) => (l === existing ? line : l)) : [...others, line]) : others,
    });
  }

  function save(cartId: string, cart: Cart, extra: Partial<StoredCart> = {}): Cart {
    const stored = { ...carts.get(cartId), ...extra, cart };
    carts.set(cartId, stored);
    return structuredClone(cart);
  }

  function addAll(cart: Cart, lines: CartLineInput[]): Cart {
    return lines.reduce((c, l) => {
      if (!Number.isInteger(l.quantity) || l.quantity < 1) {
        throw new ShopletError('invalid_input', 'quantity must be a positive whole number.', { field: 'quantity' });
      }
      const current = c.lines.find((x) => x.variantId === l.variantId)?.quantity ?? 0;
      return setQuantity(c, l.variantId, current + l.quantity);
    }, cart);
  }

  const adapter: MemoryAdapter = {
    name: 'memory',
    capabilities,
    calls,
    productBatches,
    orders,
    failNext(method, error) {
      failures.set(method, error);
    },
    forgetCart(cartId) {
      carts.delete(cartId);
    },
    stockOf(variantId) {
      return stock.get(variantId) ?? null;
    },
    async getProducts(refs) {
      productBatches.push(refs);
      await step('getProducts');
      return refs.map((ref) =>
        structuredClone(products.find((p) => (typeof ref === 'string' ? p.handle === ref : p.id === ref.id)) ?? null),
      );
    },
    async createCart(input) {
      await step('createCart');
      const id = `memory-cart-${++cartCounter}`;
      const empty: Cart = {
        id,
        lines: [],
        totalQuantity: 0,
        subtotal: { amount: 0, currencyCode: products[0]?.variants[0]?.price.currencyCode ?? 'GBP' },
        total: { amount: 0, currencyCode: products[0]?.variants[0]?.price.currencyCode ?? 'GBP' },
        discountCodes: [],
        attributes: input.attributes ?? {},
        checkoutUrl: capabilities.inlineCheckout ? null : `https://checkout.example/${id}`,
      };
      return save(id, addAll(empty, input.lines ?? []));
    },
    async getCart(cartId) {
      await step('getCart');
      const stored = carts.get(cartId);
      return stored ? structuredClone(stored.cart) : null;
    },
    async addLines(cartId, lines) {
      await step('addLines');
      return save(cartId, addAll(load(cartId).cart, lines));
    },
    async updateLines(cartId, lines) {
      await step('updateLines');
      let cart = load(cartId).cart;
      for (const { id, quantity } of lines) {
        const line = cart.lines.find((l) => l.id === id);
        if (!line) throw new ShopletError('not_found', `No line ${id} in the cart.`, { field: 'lineId' });
        cart = setQuantity(cart, line.variantId, quantity);
      }
      return save(cartId, cart);
    },
    async removeLines(cartId, lineIds) {
      await step('removeLines');
      const cart = load(cartId).cart;
      const unknown = lineIds.find((id) => !cart.lines.some((l) => l.id === id));
      if (unknown) throw new ShopletError('not_found', `No line ${unknown} in the cart.`, { field: 'lineId' });
      return save(cartId, recompute({ ...cart, lines: cart.lines.filter((l) => !lineIds.includes(l.id)) }));
    },
    async applyDiscount(cartId, codes) {
      await step('applyDiscount');
      const cart = load(cartId).cart;
      const discountCodes = codes.map((code) => ({ code, applicable: code in (options.discounts ?? {}) }));
      return save(cartId, recompute({ ...cart, discountCodes }));
    },
    async setAttributes(cartId, attributes) {
      await step('setAttributes');
      return save(cartId, { ...load(cartId).cart, attributes: { ...attributes } });
    },
    async checkout(cartId) {
      await step('checkout');
      const cart = load(cartId).cart;
      return capabilities.inlineCheckout
        ? { kind: 'inline', provider: capabilities.checkoutProvider }
        : { kind: 'redirect', url: cart.checkoutUrl!, provider: capabilities.checkoutProvider };
    },
    async deliveryPolicy() {
      return options.deliveryPolicy ?? null;
    },
  };

  if (capabilities.inlineCheckout) {
    const shipping = options.shippingOptions ?? [
      { id: 'standard', name: 'Standard', price: { amount: 395, currencyCode: 'GBP' }, minDays: 2, maxDays: 4 },
    ];
    const payments: PaymentOption[] = [{ code: 'demo', name: 'Demo payment (test mode, no card)', kind: 'no-card' }];
    adapter.inline = {
      async setContact(cartId, contact) {
        await step('inline.setContact');
        if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact.email)) {
          throw new ShopletError('invalid_input', 'Enter an email address like name@example.com.', { field: 'email' });
        }
        return save(cartId, load(cartId).cart, { contact: contact.email });
      },
      async setShippingAddress(cartId, address) {
        await step('inline.setShippingAddress');
        for (const field of ['fullName', 'streetLine1', 'city', 'postalCode', 'countryCode'] as const) {
          if (!address[field]) throw new ShopletError('invalid_input', `${field} is required.`, { field });
        }
        return save(cartId, load(cartId).cart, { hasAddress: true });
      },
      async shippingOptions() {
        await step('inline.shippingOptions');
        return structuredClone(shipping);
      },
      async setShippingOption(cartId, optionId) {
        await step('inline.setShippingOption');
        const option = shipping.find((o) => o.id === optionId);
        if (!option)
          throw new ShopletError('invalid_input', `No shipping option "${optionId}".`, { field: 'shippingOption' });
        const cart = load(cartId).cart;
        return save(
          cartId,
          { ...cart, total: { ...cart.total, amount: recompute(cart).total.amount + option.price.amount } },
          { shippingOptionId: optionId },
        );
      },
      async paymentOptions() {
        await step('inline.paymentOptions');
        return structuredClone(payments);
      },
      async pay(cartId, code) {
        await step('inline.pay');
        const stored = load(cartId);
        const missing = !stored.contact
          ? 'email'
          : !stored.hasAddress
            ? 'shippingAddress'
            : !stored.shippingOptionId
              ? 'shippingOption'
              : null;
        if (missing)
          throw new ShopletError('invalid_input', `Complete the ${missing} step before paying.`, { field: missing });
        if (!payments.some((p) => p.code === code))
          throw new ShopletError('invalid_input', `No payment method "${code}".`, { field: 'payment' });
        for (const line of stored.cart.lines) {
          const left = stock.get(line.variantId);
          if (left !== null && left !== undefined) stock.set(line.variantId, left - line.quantity);
        }
        const order: Order = {
          code: `ORDER-${orders.length + 1}`,
          state: 'PaymentSettled',
          lines: stored.cart.lines,
          total: stored.cart.total,
        };
        orders.push(order);
        carts.delete(cartId);
        return structuredClone(order);
      },
    };
  }
  return adapter;
}
