import { atom, type ReadableAtom } from 'nanostores';
import type { CartLineInput, ShopletAdapter, StorageLike } from './adapter.js';
import { type CartPatch, previewCart } from './cart-preview.js';
import type { Emitter } from './emitter.js';
import { isShopletError, ShopletError, toShopletError } from './errors.js';
import type { ShopletEvents } from './events.js';
import { readJson, writeJson } from './storage.js';
import type { Cart, CartLine, Product } from './types.js';

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
}

/** What is kept in storage: enough to show the cart offline and to rebuild it if the backend forgets it. */
interface SavedCart {
  id: string;
  cart: Cart;
  savedAt: number;
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
 * Creates the cart stores and actions for one client.
 *
 * @internal
 */
export function createCart(deps: CartDeps) {
  const { adapter, storage, events } = deps;
  const saved = readJson<SavedCart>(storage, KEY);
  let confirmed: Cart | null = saved?.cart ?? null;
  let patches: CartPatch[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  let restoring: Promise<Cart | null> | null = null;

  const $cart = atom<Cart | null>(confirmed);
  const $cartStatus = atom<CartStatus>('idle');
  const $cartError = atom<ShopletError | null>(null);
  const $cartOpen = atom(false);

  const show = () => $cart.set(previewCart(confirmed, patches));

  function confirm(cart: Cart | null): void {
    confirmed = cart;
    if (cart) writeJson(storage, KEY, { id: cart.id, cart, savedAt: deps.now() } satisfies SavedCart);
    else storage.removeItem(KEY);
    show();
    events.emit('cart:change', { cart: $cart.get() });
  }

  /** Rebuilds a cart the backend no longer knows, from the lines we last saw. */
  async function recreate(lines: CartLine[], attributes: Record<string, string> = {}): Promise<Cart> {
    const input: CartLineInput[] = lines
      .filter((l) => !l.id.startsWith('optimistic:'))
      .map((l) => ({ variantId: l.variantId, quantity: l.quantity }));
    try {
      return await adapter.createCart({ lines: input, attributes });
    } catch (err) {
      // One line can no longer be bought (sold out, deleted): keep the others.
      if (
        !isShopletError(err) ||
        (err.code !== 'out_of_stock' && err.code !== 'not_found' && err.code !== 'invalid_input')
      )
        throw err;
      let cart = await adapter.createCart({ attributes });
      for (const line of input) {
        try {
          cart = await adapter.addLines(cart.id, [line]);
        } catch (lineErr) {
          events.emit('cart:error', { action: 'restore', error: toShopletError(lineErr), input: line });
        }
      }
      return cart;
    }
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
        if (!cart && confirmed.lines.length) cart = await recreate(confirmed.lines, confirmed.attributes);
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
    const next = readJson<SavedCart>(storage, KEY);
    if (JSON.stringify(next?.cart ?? null) === JSON.stringify(confirmed)) return;
    confirmed = next?.cart ?? null;
    show();
    events.emit('cart:change', { cart: $cart.get() });
  });

  async function ensure(): Promise<Cart> {
    await restore(true);
    if (confirmed && !confirmed.id.startsWith('optimistic')) return confirmed;
    const cart = await adapter.createCart({});
    confirm(cart);
    return cart;
  }

  /** Runs a backend call against the cart id, recreating the cart once if the backend forgot it. */
  async function withCart(run: (cartId: string) => Promise<Cart>): Promise<Cart> {
    const cart = await ensure();
    try {
      return await run(cart.id);
    } catch (err) {
      if (!isShopletError(err, 'not_found') || err.field !== 'cartId') throw err;
      const rebuilt = await recreate(cart.lines, cart.attributes);
      confirm(rebuilt);
      return run(rebuilt.id);
    }
  }

  function enqueue(
    action: ShopletEvents['cart:error']['action'],
    input: unknown,
    patch: CartPatch | null,
    run: (cartId: string) => Promise<Cart>,
  ): Promise<Cart> {
    if (patch) {
      patches = [...patches, patch];
      show();
    }
    inFlight++;
    $cartStatus.set('busy');
    const result = queue.then(async () => {
      try {
        const cart = await withCart(run);
        if (patch) patches = patches.filter((p) => p !== patch);
        confirm(cart);
        $cartError.set(null);
        return cart;
      } catch (err) {
        const error = toShopletError(err, 'backend');
        if (patch) patches = patches.filter((p) => p !== patch);
        // A backend that applied part of the change (Shopify caps a quantity at the stock) says so.
        const partial = (error.cause as { cart?: Cart } | undefined)?.cart;
        if (partial?.id) confirm(partial);
        else show();
        $cartError.set(error);
        events.emit('cart:error', { action, error, input });
        throw error;
      } finally {
        inFlight--;
        if (inFlight === 0) $cartStatus.set($cartError.get() ? 'error' : 'idle');
      }
    });
    queue = result.catch(() => {});
    return result;
  }

  function resolveLineId(lineId: string): string {
    if (!lineId.startsWith('optimistic:')) return lineId;
    const variantId = lineId.slice('optimistic:'.length);
    const line = confirmed?.lines.find((l) => l.variantId === variantId);
    if (!line) throw new ShopletError('not_found', `No cart line for variant ${variantId}.`, { field: 'lineId' });
    return line.id;
  }

  function checkQuantity(quantity: number, allowZero: boolean): void {
    if (!Number.isInteger(quantity) || quantity < (allowZero ? 0 : 1) || quantity > 9999) {
      throw new ShopletError(
        'invalid_input',
        `quantity must be a whole number from ${allowZero ? 0 : 1} to 9999, got ${String(quantity)}.`,
        { field: 'quantity' },
      );
    }
  }

  function lineOf(lineId: string): CartLine | undefined {
    return $cart.get()?.lines.find((l) => l.id === lineId);
  }

  const api: CartApi = {
    get ready() {
      return restore();
    },
    add(variantId, quantity = 1) {
      try {
        if (typeof variantId !== 'string' || !variantId) {
          throw new ShopletError(
            'invalid_input',
            'variantId must be the id of a variant (see product.variants[].id).',
            {
              field: 'variantId',
            },
          );
        }
        checkQuantity(quantity, false);
      } catch (err) {
        return Promise.reject(err);
      }
      const patch: CartPatch = { kind: 'add', variantId, quantity, product: deps.findProduct(variantId) };
      return enqueue('add', { variantId, quantity }, patch, async (cartId) => {
        // A fresh cart was created empty by ensure(); add to it like any other.
        const cart = await adapter.addLines(cartId, [{ variantId, quantity }]);
        const line = cart.lines.find((l) => l.variantId === variantId);
        queueMicrotask(() => events.emit('cart:add', { cart, variantId, quantity, line }));
        return cart;
      });
    },
    update(lineId, quantity) {
      try {
        checkQuantity(quantity, true);
      } catch (err) {
        return Promise.reject(err);
      }
      if (quantity === 0) return api.remove(lineId);
      const previous = lineOf(lineId);
      return enqueue('update', { lineId, quantity }, { kind: 'update', lineId, quantity }, async (cartId) => {
        const cart = await adapter.updateLines(cartId, [{ id: resolveLineId(lineId), quantity }]);
        queueMicrotask(() =>
          events.emit('cart:update', {
            cart,
            lineId,
            quantity,
            previousQuantity: previous?.quantity ?? 0,
            line: previous,
          }),
        );
        return cart;
      });
    },
    remove(lineId) {
      const line = lineOf(lineId);
      return enqueue('remove', { lineId }, { kind: 'remove', lineId }, async (cartId) => {
        const cart = await adapter.removeLines(cartId, [resolveLineId(lineId)]);
        if (line) queueMicrotask(() => events.emit('cart:remove', { cart, line }));
        return cart;
      });
    },
    applyDiscount(code) {
      const trimmed = typeof code === 'string' ? code.trim() : '';
      if (!trimmed) {
        return Promise.reject(new ShopletError('invalid_input', 'Enter a discount code.', { field: 'code' }));
      }
      return enqueue('discount', { code: trimmed }, null, async (cartId) => {
        const codes = new Set((confirmed?.discountCodes ?? []).map((d) => d.code));
        codes.add(trimmed);
        const cart = await adapter.applyDiscount(cartId, [...codes]);
        const applied = cart.discountCodes.find((d) => d.code.toLowerCase() === trimmed.toLowerCase());
        if (!applied?.applicable) {
          confirm(cart);
          throw new ShopletError('invalid_input', `The code "${trimmed}" does not apply to this cart.`, {
            field: 'code',
          });
        }
        return cart;
      });
    },
    removeDiscount(code) {
      return enqueue('discount', { code }, null, (cartId) =>
        adapter.applyDiscount(
          cartId,
          (confirmed?.discountCodes ?? []).map((d) => d.code).filter((c) => c !== code),
        ),
      );
    },
    setAttributes(attributes) {
      return enqueue('attributes', attributes, null, (cartId) =>
        adapter.setAttributes(cartId, { ...confirmed?.attributes, ...attributes }),
      );
    },
    async clear() {
      await restore();
      const ids = confirmed?.lines.map((l) => l.id) ?? [];
      if (!ids.length) return confirmed;
      return enqueue('remove', { lineIds: ids }, null, (cartId) => adapter.removeLines(cartId, ids));
    },
    async refresh() {
      restoring = null;
      return restore();
    },
    reset() {
      patches = [];
      restoring = Promise.resolve(null);
      confirm(null);
    },
    ensure,
  };

  return {
    api,
    $cart: $cart as ReadableAtom<Cart | null>,
    $cartStatus: $cartStatus as ReadableAtom<CartStatus>,
    $cartError: $cartError as ReadableAtom<ShopletError | null>,
    $cartOpen,
    stop() {
      stopWatch?.();
      stopStorage?.();
    },
  };
}
