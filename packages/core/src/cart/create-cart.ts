import { atom, type ReadableAtom } from 'nanostores';
import type { InlineCheckout, ShopletAdapter, StorageLike } from './adapter.js';
import type { CartChanges, InputField } from './cart-changes.js';
import type { CartPatch } from './cart-preview.js';
import type { Emitter } from './emitter.js';
import { ShopletError, toShopletError } from './errors.js';
import type { ShopletEvents } from './events.js';
import { lazy } from './lazy.js';
import { readJson, writeJson } from './storage.js';
import type { Cart, Product } from './types.js';

/**
 * What the cart is doing: `loading` while restoring, `busy` while a change is on its way,
 * `error` after the last change or restore failed (the previous cart is still shown).
 *
 * @example
 * shop.$cartStatus.subscribe((s) => button.toggleAttribute('aria-busy', s === 'busy'));
 */
export type CartStatus = 'idle' | 'loading' | 'busy' | 'error';

/**
 * The cart actions. Every change goes through one queue, is shown at once, and is rolled back
 * (with a `cart:error` event) when the backend refuses it.
 *
 * @example
 * await shop.cart.add('gid://shopify/ProductVariant/1', 2);
 */
export interface CartApi {
  /** Resolves once the saved cart has been restored (or found missing). */
  readonly ready: Promise<Cart | null>;
  add(variantId: string, quantity?: number): Promise<Cart>;
  update(lineId: string, quantity: number): Promise<Cart>;
  remove(lineId: string): Promise<Cart>;
  applyDiscount(code: string): Promise<Cart>;
  removeDiscount(code: string): Promise<Cart>;
  setAttributes(attributes: Record<string, string>): Promise<Cart>;
  /** Removes every line. */
  clear(): Promise<Cart | null>;
  /** Re-reads the cart from the backend (after a network error, or when another tab changed it). */
  refresh(): Promise<Cart | null>;
  /** Forgets the cart without touching the backend (after an order is placed). */
  reset(): void;
  /** The current cart id, creating a cart when there is none. */
  ensure(): Promise<Cart>;
  /**
   * Starts loading the code the first change needs (the client's and the adapter's), so that
   * change does not wait for it: call it when the pointer or focus reaches an add-to-cart button.
   * A failed load is ignored here (the change itself tries again); the promise settles when both
   * are loaded or have failed, and never rejects.
   */
  preload(): Promise<void>;
}

/** What is kept in storage: enough to show the cart offline and to rebuild it if the backend forgets it. */
interface SavedCart {
  id: string;
  cart: Cart;
  savedAt: number;
  /** The shopper went to the backend's checkout with this cart: if it is gone, it was bought. */
  handedOff?: boolean;
}

const KEY = 'cart';

/** @internal */
export interface CartDeps {
  adapter: ShopletAdapter;
  storage: StorageLike;
  events: Emitter<ShopletEvents>;
  findProduct: (variantId: string) => Product | undefined;
  now: () => number;
  /** Subscribes to changes of the saved cart made by another tab. */
  watchStorage?: ((onChange: () => void) => () => void) | undefined;
}

/**
 * What the changes module (loaded on the first change) works with.
 *
 * @example
 * const cart = await core.ensure();
 *
 * @internal
 */
export interface CartCore {
  adapter: ShopletAdapter;
  events: Emitter<ShopletEvents>;
  /** The last cart the backend confirmed (never a preview). */
  readonly confirmed: Cart | null;
  /** Every line id seen, with its variant, so a change aimed at a rebuilt cart's old line still lands. */
  lineVariants: Map<string, string>;
  confirm(cart: Cart | null): void;
  ensure(): Promise<Cart>;
  /** Runs `fn` after every queued change, against the confirmed cart (never a preview). */
  exclusive<T>(fn: (cart: Cart | null) => Promise<T>): Promise<T>;
  /** Marks the saved cart as handed to the backend's checkout. */
  handOff(): void;
  /** Forgets the cart without touching the backend (after an order is placed). */
  reset(): void;
  /** Drops a change's pending patch and shows the cart the backend confirmed. */
  settle(patch: CartPatch | undefined, cart: Cart): void;
}

/** The change machinery (its optimistic preview included), loaded once on the first change. */
const changes = lazy(() => import('./cart-changes.js'));

/**
 * Creates the cart stores and actions for one client.
 *
 * @internal
 */
export function createCart(deps: CartDeps) {
  const { adapter, storage, events } = deps;
  /** The saved cart, or null when there is none or it is not a cart (an older or foreign entry). */
  const readSaved = () => {
    const saved = readJson<SavedCart>(storage, KEY);
    if (saved && (typeof saved.cart?.id !== 'string' || !Array.isArray(saved.cart.lines))) {
      storage.removeItem(KEY);
      return null;
    }
    return saved;
  };
  const saved = readSaved();
  let confirmed: Cart | null = saved?.cart ?? null;
  let handedOff = saved?.handedOff ?? false;
  const lineVariants = new Map<string, string>();
  let patches: CartPatch[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  let restoring: Promise<Cart | null> | null = null;

  const $cart = atom<Cart | null>(confirmed);
  const $cartStatus = atom<CartStatus>('idle');
  const $cartError = atom<ShopletError | null>(null);
  const $cartOpen = atom(false);

  // Pending changes show through the change code's preview: at once when it is loaded (preload()
  // starts that on the way to an add button), else as soon as it arrives.
  const show = () =>
    $cart.set(changes.current && patches.length ? changes.current.previewCart(confirmed, patches) : confirmed);
  const drop = (patch: CartPatch | undefined) => {
    patches = patches.filter((p) => p !== patch);
  };

  const save = () =>
    confirmed
      ? writeJson(storage, KEY, {
          id: confirmed.id,
          cart: confirmed,
          savedAt: deps.now(),
          handedOff,
        } satisfies SavedCart)
      : storage.removeItem(KEY);

  /** Shows the confirmed cart with pending changes and tells listeners. */
  const publish = () => {
    show();
    events.emit('cart:change', { cart: $cart.get() });
  };

  function confirm(cart: Cart | null): void {
    confirmed = cart;
    handedOff = false;
    for (const line of cart?.lines ?? []) lineVariants.set(line.id, line.variantId);
    save();
    publish();
  }

  const core: CartCore = {
    adapter,
    events,
    get confirmed() {
      return confirmed;
    },
    lineVariants,
    confirm,
    ensure,
    reset,
    exclusive,
    handOff() {
      handedOff = true;
      save();
    },
    settle(patch, cart) {
      drop(patch);
      confirm(cart);
      $cartError.set(null);
    },
  };

  function reset(): void {
    patches = [];
    restoring = Promise.resolve(null);
    confirm(null);
  }

  let restoreFailed = false;
  function restore(retry = false): Promise<Cart | null> {
    if (restoring && !(retry && restoreFailed)) return restoring;
    restoring = (async () => {
      restoreFailed = false;
      if (!confirmed) return null;
      $cartStatus.set('loading');
      try {
        let cart = await adapter.getCart(confirmed.id);
        // Gone after a hand-off means bought (Shopify drops completed carts): start afresh.
        if (!cart && confirmed.lines.length && !handedOff) {
          cart = await (await changes.load()).recreate(core, confirmed.lines, confirmed.attributes);
        }
        confirm(cart);
        $cartError.set(null);
        $cartStatus.set('idle');
      } catch (err) {
        // Offline or the backend is down: keep showing the saved cart, say so, retry on the next change.
        restoreFailed = true;
        $cartError.set(toShopletError(err));
        $cartStatus.set('error');
      }
      return $cart.get();
    })();
    return restoring;
  }

  // Restore at once: with nothing saved (a server, a first visit) this makes no request at all.
  void restore();
  const stopWatch = adapter.watchCart?.((cart) => confirm(cart));
  const stopStorage = deps.watchStorage?.(() => {
    const next = readSaved()?.cart ?? null;
    if (JSON.stringify(next) !== JSON.stringify(confirmed)) {
      confirmed = next;
      publish();
    }
  });

  async function ensure(): Promise<Cart> {
    await restore(true);
    if (confirmed && !confirmed.id.startsWith('optimistic')) return confirmed;
    const cart = await adapter.createCart({});
    confirm(cart);
    return cart;
  }

  /** Runs `run` after everything queued before it; a failure does not stop what comes next. */
  function chain<T>(run: () => Promise<T>): Promise<T> {
    const result = queue.then(run);
    queue = result.catch(() => {});
    return result;
  }

  /**
   * Queues a change: its patch shows and the status turns busy at once; the backend call runs
   * after every earlier change. A refused change is rolled back alone, with a `cart:error` event.
   * Changes given no `action` (add, update, remove) are previewed, the others are not.
   */
  function enqueue<K extends keyof CartChanges>(
    change: K,
    input: CartChanges[K],
    action?: ShopletEvents['cart:error']['action'],
  ): Promise<Cart> {
    const shown = $cart.get();
    const patch = action
      ? undefined
      : ({
          kind: change,
          ...input,
          product: deps.findProduct((input as { variantId?: string }).variantId as string),
        } as CartPatch);
    if (patch) {
      patches = [...patches, patch];
      if (changes.current) show();
      else changes.load().then(show, () => {});
    }
    inFlight++;
    $cartStatus.set('busy');
    return chain(async () => {
      try {
        return await (await changes.load()).runChange(core, change, input, patch, shown);
      } catch (err) {
        const error = toShopletError(err, 'backend');
        drop(patch);
        // A backend that applied part of the change (Shopify caps a quantity at the stock) says so.
        const partial = (error.cause as { cart?: Cart } | undefined)?.cart;
        if (partial?.id) confirm(partial);
        else show();
        $cartError.set(error);
        events.emit('cart:error', { action: action ?? (change as 'add'), error, input });
        throw error;
      } finally {
        inFlight--;
        if (inFlight === 0) $cartStatus.set($cartError.get() ? 'error' : 'idle');
      }
    });
  }

  /** Runs `fn` after every queued change, against the confirmed cart (never a preview). */
  function exclusive<T>(fn: (cart: Cart | null) => Promise<T>): Promise<T> {
    return chain(async () => {
      await restore(true);
      return fn(confirmed);
    });
  }

  /**
   * Rejects a bad argument with `invalid_input` naming the field, before anything is queued (the
   * cart, its status and its events stay as they are). The message with the fix comes with the
   * change code; should that not load (offline), a short one names the field.
   */
  const invalid = async (field: InputField, value: unknown, min?: number): Promise<never> => {
    throw (
      (await changes.tryLoad())?.invalidInput(field, value, min) ??
      new ShopletError('invalid_input', `Invalid ${field}`, { field })
    );
  };
  const badQuantity = (quantity: number, min: number) =>
    !Number.isInteger(quantity) || quantity < min || quantity > 9999;

  const api: CartApi = {
    get ready() {
      return restore();
    },
    // Async, so a bad argument rejects instead of throwing; the optimistic patch still shows at once.
    async add(variantId, quantity = 1) {
      if (typeof variantId !== 'string' || !variantId) return invalid('variantId', variantId);
      if (badQuantity(quantity, 1)) return invalid('quantity', quantity, 1);
      return enqueue('add', { variantId, quantity });
    },
    async update(lineId, quantity) {
      if (badQuantity(quantity, 0)) return invalid('quantity', quantity, 0);
      if (quantity === 0) return api.remove(lineId);
      return enqueue('update', { lineId, quantity });
    },
    remove(lineId) {
      return enqueue('remove', { lineId });
    },
    applyDiscount(code) {
      const trimmed = typeof code === 'string' ? code.trim() : '';
      return trimmed ? enqueue('applyDiscount', { code: trimmed }, 'discount') : invalid('code', code);
    },
    removeDiscount(code) {
      return enqueue('removeDiscount', { code }, 'discount');
    },
    setAttributes(attributes) {
      return enqueue('setAttributes', attributes, 'attributes');
    },
    async clear() {
      if (!confirmed && !patches.length) return null;
      return enqueue('clear', { all: true }, 'remove');
    },
    async refresh() {
      restoring = null;
      return restore();
    },
    reset,
    ensure,
    async preload() {
      await Promise.all([changes.tryLoad(), adapter.preloadCart?.().catch(() => {})]);
    },
  };

  const steps = adapter.capabilities.inlineCheckout ? adapter.inline : undefined;

  return {
    api,
    /** The adapter's inline checkout steps, each run on the current cart id (loaded with the change code). */
    inline:
      steps &&
      Object.fromEntries(
        Object.keys(steps).map((name) => [
          name,
          async (...args: unknown[]) =>
            (await changes.load()).inlineStep(core, steps, name as keyof InlineCheckout, args),
        ]),
      ),
    /** The client's cart stores, as `Shoplet` exposes them. */
    stores: {
      $cart: $cart as ReadableAtom<Cart | null>,
      $cartStatus: $cartStatus as ReadableAtom<CartStatus>,
      $cartError: $cartError as ReadableAtom<ShopletError | null>,
      $cartOpen,
    },
    /** Switches market (loaded with the change code): see `setCountry` in cart-changes.ts. */
    setCountry: async (country: string, apply: (country: string) => void) =>
      (await changes.load()).setCountry(core, country, apply),
    /** Hands off to the backend's checkout, after every queued change, against the confirmed cart. */
    checkout: () => exclusive(async (current) => (await changes.load()).startCheckout(core, current)),
    stop() {
      stopWatch?.();
      stopStorage?.();
    },
  };
}
