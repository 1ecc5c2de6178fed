import { atom, type ReadableAtom } from 'nanostores';
import type { CartLineInput, ShopletAdapter, StorageLike } from './adapter.js';
import { type CartPatch, previewCart } from './cart-preview.js';
import type { Emitter } from './emitter.js';
import { isShopletError, ShopletError, toShopletError } from './errors.js';
import type { ShopletEvents } from './events.js';
import { readJson, writeJson } from './storage.js';
import type { Cart, CartLine, Product } from './types.js';

// Replaced with `false` by the production build, which then drops the dev-only branches (as in Lit).
const DEV_MODE = true;

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
  /** Every line id seen, with its variant, so a change aimed at a rebuilt cart's old line still lands. */
  const lineVariants = new Map<string, string>();
  let patches: CartPatch[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  let inFlight = 0;
  let restoring: Promise<Cart | null> | null = null;

  const $cart = atom<Cart | null>(confirmed);
  const $cartStatus = atom<CartStatus>('idle');
  const $cartError = atom<ShopletError | null>(null);
  const $cartOpen = atom(false);

  const show = () => $cart.set(previewCart(confirmed, patches));

  const save = () =>
    confirmed
      ? writeJson(storage, KEY, {
          id: confirmed.id,
          cart: confirmed,
          savedAt: deps.now(),
          handedOff,
        } satisfies SavedCart)
      : storage.removeItem(KEY);

  function confirm(cart: Cart | null): void {
    confirmed = cart;
    handedOff = false;
    for (const line of cart?.lines ?? []) lineVariants.set(line.id, line.variantId);
    save();
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
        // Gone after a hand-off means bought (Shopify drops completed carts): start afresh.
        if (!cart && confirmed.lines.length && !handedOff) cart = await recreate(confirmed.lines, confirmed.attributes);
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
    const next = readSaved();
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
    done?: (cart: Cart) => void,
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
        // After confirm(): listeners see the new cart in $cart too.
        done?.(cart);
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

  /** The line's id in the current cart: the same id, the line of an optimistic add, or the same variant's line after a rebuild. */
  function resolveLineId(lineId: string): string | undefined {
    if (confirmed?.lines.some((l) => l.id === lineId)) return lineId;
    const variantId = lineId.startsWith('optimistic:') ? lineId.slice(11) : lineVariants.get(lineId);
    return confirmed?.lines.find((l) => l.variantId === variantId)?.id;
  }

  /** Runs `fn` after every queued change, against the confirmed cart (never a preview). */
  function exclusive<T>(fn: (cart: Cart | null) => Promise<T>): Promise<T> {
    const result = queue.then(async () => {
      await restore(true);
      return fn(confirmed);
    });
    queue = result.catch(() => {});
    return result;
  }

  function checkQuantity(quantity: number, allowZero: boolean): void {
    if (!Number.isInteger(quantity) || quantity < (allowZero ? 0 : 1) || quantity > 9999) {
      throw new ShopletError(
        'invalid_input',
        DEV_MODE
          ? `quantity must be a whole number from ${allowZero ? 0 : 1} to 9999, got ${String(quantity)}.`
          : 'Invalid quantity',
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
    // Async, so a bad argument rejects instead of throwing; the optimistic patch still shows at once.
    async add(variantId, quantity = 1) {
      if (typeof variantId !== 'string' || !variantId) {
        throw new ShopletError(
          'invalid_input',
          DEV_MODE ? 'variantId must be the id of a variant (see product.variants[].id).' : 'Invalid variantId',
          { field: 'variantId' },
        );
      }
      checkQuantity(quantity, false);
      const patch: CartPatch = { kind: 'add', variantId, quantity, product: deps.findProduct(variantId) };
      return enqueue(
        'add',
        { variantId, quantity },
        patch,
        (cartId) => adapter.addLines(cartId, [{ variantId, quantity }]),
        (cart) =>
          events.emit('cart:add', {
            cart,
            variantId,
            quantity,
            line: cart.lines.find((l) => l.variantId === variantId),
          }),
      );
    },
    async update(lineId, quantity) {
      checkQuantity(quantity, true);
      if (quantity === 0) return api.remove(lineId);
      const line = lineOf(lineId);
      return enqueue(
        'update',
        { lineId, quantity },
        { kind: 'update', lineId, quantity },
        (cartId) => {
          const id = resolveLineId(lineId);
          if (!id) {
            throw new ShopletError('not_found', DEV_MODE ? 'That line is no longer in the cart.' : 'No such line', {
              field: 'lineId',
            });
          }
          return adapter.updateLines(cartId, [{ id, quantity }]);
        },
        (cart) => events.emit('cart:update', { cart, lineId, quantity, previousQuantity: line?.quantity ?? 0, line }),
      );
    },
    remove(lineId) {
      const line = lineOf(lineId);
      let removed = false;
      return enqueue(
        'remove',
        { lineId },
        { kind: 'remove', lineId },
        async (cartId) => {
          const id = resolveLineId(lineId);
          // Already gone (a double click): nothing to do, and nothing went wrong.
          if (!id) return confirmed!;
          removed = true;
          return adapter.removeLines(cartId, [id]);
        },
        (cart) => removed && line && events.emit('cart:remove', { cart, line }),
      );
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
      if (!confirmed && !patches.length) return null;
      // The ids are read in the queue, so a line whose add is still on its way goes too.
      return enqueue('remove', { all: true }, null, async (cartId) => {
        const ids = confirmed?.lines.map((l) => l.id) ?? [];
        return ids.length ? adapter.removeLines(cartId, ids) : confirmed!;
      });
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
    exclusive,
    confirm,
    /** Marks the saved cart as handed to the backend's checkout. */
    handOff() {
      handedOff = true;
      save();
    },
    stop() {
      stopWatch?.();
      stopStorage?.();
    },
  };
}
