import { atom, type ReadableAtom } from 'nanostores';
import type { InlineCheckout, ShopletAdapter, StorageLike } from '../adapter.js';
import { DEV_MODE } from '../dev-mode.js';
import type { Emitter } from '../emitter.js';
import { isOutcomeUnknown, isShopletError, ShopletError, toShopletError } from '../errors.js';
import type { ShopletEvents } from '../events.js';
import type { Cart, CheckoutHandoff, Order, Product } from '../types.js';
import type { CartApi, CartStatus } from './cart-api.js';
import { type CartChanges, type ChangePlan, type PlanContext, planChange } from './change-plans.js';
import { checkCountry, checkQuantity, checkVariantId, emptyDiscountCode } from './invalid-input.js';
import { type CartPatch, previewCart } from './preview.js';
import { createQueue } from './queue.js';
import { recreateCart } from './recreate.js';
import { readSavedCart, writeSavedCart } from './saved-cart.js';

/** What the cart of one client works with. */
export interface CartDeps {
  adapter: ShopletAdapter;
  storage: StorageLike;
  events: Emitter<ShopletEvents>;
  findProduct: (variantId: string) => Product | undefined;
  now: () => number;
  /** Subscribes to changes of the saved cart made by another tab. */
  watchStorage?: ((onChange: () => void) => () => void) | undefined;
}

/** The error a change without a preview reports as its `cart:error` action. */
type ErrorAction = ShopletEvents['cart:error']['action'];

/** Changes shown before the backend confirms them. */
const PREVIEWED = new Set<keyof CartChanges>(['add', 'update', 'remove']);

/**
 * Creates the cart stores and actions for one client.
 *
 * @example
 * const cart = createCart({ adapter, storage, events, now: Date.now, findProduct: () => undefined });
 * await cart.api.add(variantId, 1);
 */
export function createCart(deps: CartDeps) {
  const { adapter, storage, events } = deps;
  const saved = readSavedCart(storage);
  let confirmed: Cart | null = saved?.cart ?? null;
  let handedOff = saved?.handedOff ?? false;
  /** Every line id seen, with its variant, so a change aimed at a rebuilt cart's old line still lands. */
  const lineVariants = new Map<string, string>();
  let patches: CartPatch[] = [];
  let inFlight = 0;
  let restoring: Promise<Cart | null> | null = null;
  const queue = createQueue();

  const $cart = atom<Cart | null>(confirmed);
  const $cartStatus = atom<CartStatus>('idle');
  const $cartError = atom<ShopletError | null>(null);
  const $cartOpen = atom(false);
  const $lastOrder = atom<Order | null>(null);

  /** An order was placed: show it, forget the cart it came from. */
  function placed(order: Order): void {
    $lastOrder.set(order);
    events.emit('checkout:complete', { order });
  }

  const show = () => $cart.set(previewCart(confirmed, patches));
  const save = () => writeSavedCart(storage, confirmed, deps.now(), handedOff);

  /** Takes the cart the backend confirmed, saves it and tells listeners (pending changes still show). */
  function confirm(cart: Cart | null): void {
    confirmed = cart;
    handedOff = false;
    for (const line of cart?.lines ?? []) lineVariants.set(line.id, line.variantId);
    save();
    show();
    events.emit('cart:change', { cart: $cart.get() });
  }

  const plans: PlanContext = {
    adapter,
    events,
    confirmed: () => confirmed,
    currentLineId(lineId) {
      const lines = confirmed?.lines;
      if (lines?.some((l) => l.id === lineId)) return lineId;
      const variantId = lineId.startsWith('optimistic:')
        ? lineId.slice('optimistic:'.length)
        : lineVariants.get(lineId);
      return lines?.find((l) => l.variantId === variantId)?.id;
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
        // Gone after a hand-off means bought (Shopify drops completed carts, a Vendure order leaves
        // the session once paid): never rebuild it, or the shopper pays for it twice.
        if (!cart && handedOff) {
          const order = await adapter.inline?.placedOrder?.(confirmed.id);
          if (order) placed(order);
        } else if (!cart && confirmed.lines.length) {
          cart = await recreateCart(adapter, events, confirmed.lines, confirmed.attributes);
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
    const next = readSavedCart(storage)?.cart ?? null;
    if (JSON.stringify(next) !== JSON.stringify(confirmed)) {
      confirmed = next;
      show();
      events.emit('cart:change', { cart: $cart.get() });
    }
  });

  async function ensure(): Promise<Cart> {
    await restore(true);
    if (confirmed && !confirmed.id.startsWith('optimistic')) return confirmed;
    const cart = await adapter.createCart({});
    confirm(cart);
    return cart;
  }

  /**
   * Runs one change against the backend, recreating the cart once if the backend forgot it, then
   * confirms the result and emits the change's event. `shown` is the cart on screen when it was asked for.
   */
  async function runChange<K extends keyof CartChanges>(
    change: K,
    input: CartChanges[K],
    patch: CartPatch | undefined,
    shown: Cart | null,
  ): Promise<Cart> {
    const line = shown?.lines.find((l) => l.id === (input as { lineId?: string }).lineId);
    const plan = planChange(plans, change, input, line);
    let cart = await ensure();
    const before = confirmed;
    try {
      cart = await plan.run(cart.id);
    } catch (err) {
      if (isOutcomeUnknown(err)) cart = await reconcile(cart.id, plan, before, err as ShopletError);
      else if (isShopletError(err, 'not_found') && err.field === 'cartId') {
        const rebuilt = await recreateCart(adapter, events, cart.lines, cart.attributes);
        confirm(rebuilt);
        cart = await plan.run(rebuilt.id);
      } else throw err;
    }
    patches = patches.filter((p) => p !== patch);
    confirm(cart);
    $cartError.set(null);
    // After confirm(): listeners see the new cart in $cart too.
    plan.announce?.(cart);
    return cart;
  }

  /**
   * After a change whose answer was lost, reads the cart back: a change the backend applied counts
   * as done (sending it again would apply it twice); one it did not apply fails with the backend's
   * cart attached, so the shopper sees what the backend has, never a blind rollback.
   */
  async function reconcile(cartId: string, plan: ChangePlan, before: Cart | null, error: ShopletError): Promise<Cart> {
    const server = await adapter.getCart(cartId).catch(() => undefined);
    if (server && plan.applied(before, server)) return server;
    if (server === undefined) throw error;
    throw new ShopletError(error.code, error.message, {
      cause: { cart: server, error },
      status: error.status,
      field: error.field,
    });
  }

  /**
   * Queues a change: its patch shows and the status turns busy at once; the backend call runs
   * after every earlier change. A refused change is rolled back alone, with a `cart:error` event.
   */
  function enqueue<K extends keyof CartChanges>(change: K, input: CartChanges[K], action?: ErrorAction): Promise<Cart> {
    const shown = $cart.get();
    let patch: CartPatch | undefined;
    if (PREVIEWED.has(change)) {
      const variantId = (input as { variantId?: string }).variantId;
      patch = { kind: change, ...input, product: variantId ? deps.findProduct(variantId) : undefined } as CartPatch;
      patches = [...patches, patch];
      show();
    }
    inFlight++;
    $cartStatus.set('busy');
    return queue(async () => {
      try {
        return await runChange(change, input, patch, shown);
      } catch (err) {
        const error = toShopletError(err, 'backend');
        patches = patches.filter((p) => p !== patch);
        // A backend that applied part of the change (Shopify caps a quantity at the stock) says so.
        const partial = (error.cause as { cart?: Cart } | undefined)?.cart;
        if (partial?.id) confirm(partial);
        else show();
        $cartError.set(error);
        events.emit('cart:error', { action: action ?? (change as 'add' | 'update' | 'remove'), error, input });
        throw error;
      } finally {
        inFlight--;
        if (inFlight === 0) $cartStatus.set($cartError.get() ? 'error' : 'idle');
      }
    });
  }

  /** Runs `fn` after every queued change, against the confirmed cart (never a preview). */
  function exclusive<T>(fn: (cart: Cart | null) => Promise<T>): Promise<T> {
    return queue(async () => {
      await restore(true);
      return fn(confirmed);
    });
  }

  // Async, so a bad argument rejects (with the field and the fix) instead of throwing; nothing is
  // queued for it, so the cart, its status and its events stay as they are.
  const api: CartApi = {
    get ready() {
      return restore();
    },
    async add(variantId, quantity = 1) {
      const invalid = checkVariantId(variantId) ?? checkQuantity(quantity, 1);
      if (invalid) throw invalid;
      return enqueue('add', { variantId, quantity });
    },
    async update(lineId, quantity) {
      const invalid = checkQuantity(quantity, 0);
      if (invalid) throw invalid;
      if (quantity === 0) return api.remove(lineId);
      return enqueue('update', { lineId, quantity });
    },
    remove(lineId) {
      return enqueue('remove', { lineId });
    },
    async applyDiscount(code) {
      const trimmed = typeof code === 'string' ? code.trim() : '';
      if (!trimmed) throw emptyDiscountCode();
      return enqueue('applyDiscount', { code: trimmed }, 'discount');
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
  };

  /** Hands the confirmed cart to the backend's checkout; an empty cart is refused with the field named. */
  const checkout = () =>
    exclusive(async (current): Promise<CheckoutHandoff> => {
      if (!current?.totalQuantity) {
        throw new ShopletError(
          'invalid_input',
          DEV_MODE ? 'The cart is empty: add a product before checking out.' : 'Cart is empty',
          { field: 'cart' },
        );
      }
      const handoff = await adapter.checkout(current.id);
      if (handoff.kind === 'redirect') {
        handedOff = true;
        save();
      }
      events.emit('checkout:start', { cart: current, handoff });
      return handoff;
    });

  /** Runs an inline checkout step on the current cart; a paid order emits `checkout:complete` and forgets the cart. */
  async function inlineStep(steps: InlineCheckout, name: keyof InlineCheckout, args: unknown[]): Promise<unknown> {
    const step = steps[name] as (cartId: string, ...rest: unknown[]) => Promise<unknown>;
    const cartId = (await ensure()).id;
    if (name !== 'pay') return step.call(steps, cartId, ...args);
    // From here the cart may become an order at any moment, even if the answer never arrives: a
    // reload must look for that order, not rebuild the cart.
    handedOff = true;
    save();
    const order = (await step.call(steps, cartId, ...args)) as Order;
    placed(order);
    reset();
    return order;
  }

  /**
   * Switches market: checks the code, then, after every queued change, applies it and reprices the
   * cart where the adapter supports markets.
   */
  async function setCountry(country: string, apply: (country: string) => void): Promise<void> {
    const invalid = checkCountry(country);
    if (invalid) throw invalid;
    await exclusive(async (current) => {
      apply(country);
      if (current && adapter.setMarket) confirm(await adapter.setMarket(current.id, { country }));
    });
  }

  const steps = adapter.capabilities.inlineCheckout ? adapter.inline : undefined;

  return {
    api,
    /** The adapter's inline checkout steps, each run on the current cart id. */
    inline:
      steps &&
      Object.fromEntries(
        (Object.keys(steps) as (keyof InlineCheckout)[]).map((name) => [
          name,
          (...args: unknown[]) => inlineStep(steps, name, args),
        ]),
      ),
    /** The client's cart stores, as `Shoplet` exposes them. */
    stores: {
      $cart: $cart as ReadableAtom<Cart | null>,
      $cartStatus: $cartStatus as ReadableAtom<CartStatus>,
      $cartError: $cartError as ReadableAtom<ShopletError | null>,
      $cartOpen,
      $lastOrder: $lastOrder as ReadableAtom<Order | null>,
    },
    setCountry,
    checkout,
    stop() {
      stopWatch?.();
      stopStorage?.();
    },
  };
}
