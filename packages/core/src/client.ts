import type { ReadableAtom, WritableAtom } from 'nanostores';
import type { InlineCheckout, ShopletAdapter, StorageLike } from './adapter.js';
import type { CartApi, CartStatus } from './cart/cart-api.js';
import { createCart } from './cart/create-cart.js';
import { DEV_MODE } from './dev-mode.js';
import { createEmitter } from './emitter.js';
import { ShopletError } from './errors.js';
import type { ShopletEvents } from './events.js';
import { formatMoney } from './money.js';
import { type CrossTabLock, type ShopletOptions, validateOptions } from './options.js';
import { createProducts, type ProductsApi } from './products.js';
import { defaultStorage, namespaced } from './storage.js';
import type { Cart, CheckoutHandoff, Money, Order } from './types.js';

/**
 * Inline checkout steps bound to the client's current cart.
 *
 * @example
 * await shop.checkout.inline?.setContact({ email: 'ana@example.com' });
 */
export type BoundInlineCheckout = {
  [K in keyof InlineCheckout]: InlineCheckout[K] extends (cartId: string, ...rest: infer A) => infer R
    ? (...args: A) => R
    : never;
};

/**
 * A Shoplet client: products, cart, checkout and events for one store.
 *
 * @example
 * const shop = createShoplet({ adapter: vendure({ shopApi: 'http://127.0.0.1:3100/shop-api' }) });
 * shop.$cart.subscribe((cart) => render(cart));
 */
export interface Shoplet {
  readonly adapter: ShopletAdapter;
  readonly locale: string;
  readonly country: string | undefined;
  readonly currency: string | undefined;
  /** The namespaced storage this client writes to (other modules keep their state here too). */
  readonly storage: StorageLike;
  readonly products: ProductsApi;
  readonly cart: CartApi;
  readonly $cart: ReadableAtom<Cart | null>;
  readonly $cartStatus: ReadableAtom<CartStatus>;
  readonly $cartError: ReadableAtom<ShopletError | null>;
  /** Whether the cart drawer is open; the UI writes it, analytics read it. */
  readonly $cartOpen: WritableAtom<boolean>;
  /**
   * The order this client placed last: set when `pay` succeeds, and after a reload that finds the
   * order a payment became while its answer was lost. `null` until then.
   */
  readonly $lastOrder: ReadableAtom<Order | null>;
  readonly checkout: {
    /** Hands off to the backend's checkout: a redirect URL (Shopify) or the inline flow (Vendure). */
    start(): Promise<CheckoutHandoff>;
    readonly inline: BoundInlineCheckout | undefined;
  };
  on<K extends keyof ShopletEvents>(name: K, handler: (payload: ShopletEvents[K]) => void): () => void;
  /** Emits a UI-level event (product views, hotspot selections, shares) for analytics listeners. */
  emit<K extends keyof ShopletEvents>(name: K, payload: ShopletEvents[K]): void;
  /** Formats money in the client's locale. */
  format(money: Money): string;
  /** Switches market: reprices the cart (where the adapter supports it) and refetches products. */
  setCountry(country: string): Promise<void>;
  /** Stops listeners (other tabs, theme cart) and drops event handlers. */
  destroy(): void;
}

/** The platform's Web Locks, when it has them (browsers; not Node or most edge runtimes). */
function webLocks(): CrossTabLock | undefined {
  const locks = (globalThis as { navigator?: { locks?: { request: CrossTabLock } } }).navigator?.locks;
  return locks ? (name, task) => locks.request(name, task) : undefined;
}

function defaultLocale(): string {
  const nav = (globalThis as { navigator?: { language?: string } }).navigator;
  return nav?.language || 'en-US';
}

/** The part of a browser window that tells about storage written by another tab. */
interface StorageEventSource {
  localStorage?: unknown;
  addEventListener?(type: 'storage', listener: (event: { key: string | null }) => void): void;
  removeEventListener?(type: 'storage', listener: (event: { key: string | null }) => void): void;
}

/** Subscribes to changes of the saved cart made by another tab (only `localStorage` has tabs to sync). */
function storageWatcher(storage: StorageLike, key: string) {
  const platform = globalThis as StorageEventSource;
  if (!platform.addEventListener || storage !== platform.localStorage) return undefined;
  return (onChange: () => void) => {
    const listener = (event: { key: string | null }) => {
      // A null key means the whole storage was cleared.
      if (event.key === null || event.key === key) onChange();
    };
    platform.addEventListener?.('storage', listener);
    return () => platform.removeEventListener?.('storage', listener);
  };
}

/**
 * Creates a Shoplet client. Options are validated at once: a mistake throws
 * `ShopletError('invalid_config')` naming the option and the fix.
 *
 * @example
 * import { createShoplet } from '@shoplet/core';
 * import { shopify } from '@shoplet/adapter-shopify';
 *
 * const shop = createShoplet({
 *   adapter: shopify({ domain: 'brand.myshopify.com', token: 'public-storefront-token' }),
 *   locale: 'en-GB',
 *   country: 'GB',
 * });
 * const shirt = await shop.products.get('linen-shirt');
 * await shop.cart.add(shirt.variants[0]!.id, 1);
 * const handoff = await shop.checkout.start(); // { kind: 'redirect', url, provider: 'Shopify' }
 */
export function createShoplet(options: ShopletOptions): Shoplet {
  validateOptions(options);
  const { adapter } = options;
  const now = options.now ?? Date.now;
  const prefix = options.storageKey ?? 'shoplet:';
  const rawStorage = options.storage ?? defaultStorage();
  const storage = namespaced(rawStorage, prefix);
  const fetchImpl = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (!fetchImpl) {
    throw new ShopletError(
      'invalid_config',
      DEV_MODE ? 'createShoplet: no fetch on this platform; pass options.fetch.' : 'No fetch',
      {
        field: 'options.fetch',
      },
    );
  }
  const locale = options.locale ?? defaultLocale();
  let country = options.country;
  const events = createEmitter<ShopletEvents>();

  // Getters, so an adapter always sees the current market after setCountry().
  adapter.init?.({
    fetch: fetchImpl,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    storage,
    locale,
    get country() {
      return country;
    },
    currency: options.currency,
    now,
    lock: options.lock ?? webLocks(),
  });

  const products = createProducts(adapter, { ttlMs: options.cacheTtlMs ?? 5 * 60_000, now });
  const cart = createCart({
    adapter,
    storage,
    events,
    now,
    findProduct: (variantId) => products.findByVariant(variantId),
    watchStorage: options.syncTabs === false ? undefined : storageWatcher(rawStorage, `${prefix}cart`),
  });

  const shop: Shoplet = {
    adapter,
    get locale() {
      return locale;
    },
    get country() {
      return country;
    },
    currency: options.currency,
    storage,
    products,
    cart: cart.api,
    ...cart.stores,
    checkout: {
      // After every queued change, against the confirmed cart: "buy now" right after an add works.
      start: cart.checkout,
      // Every step takes the current cart id first; the client binds it so callers never handle ids.
      inline: cart.inline as BoundInlineCheckout | undefined,
    },
    on: events.on,
    emit: events.emit,
    format: (money) => formatMoney(money, locale),
    // Checked at once, applied after every queued change.
    setCountry: (next) =>
      cart
        .setCountry(next, (c) => {
          country = c;
        })
        .then(products.invalidate),
    destroy() {
      cart.stop();
      events.clear();
    },
  };
  return shop;
}
