import { type Cart, type CartLineInput, ShopletError, type Transport, toShopletError } from '@shoplet/core';
import { numericId } from './ids.js';
import type { ThemeCartOptions } from './options.js';
import { type AjaxCart, toThemeCart } from './theme-cart-map.js';
import {
  announceThemeCart,
  THEME_CART_REFRESH_EVENT,
  THEME_CART_UPDATE_EVENT,
  type ThemeCartAction,
} from './theme-events.js';

/** Standard storefront events themes dispatch when their cart changes; each carries a `promise`. */
const STANDARD_CART_EVENTS = [
  'shopify:cart:lines-update',
  'shopify:cart:discount-update',
  'shopify:cart:note-update',
  'shopify:cart:attributes-update',
];

function defaultRoot(): string {
  const shopify = (globalThis as { Shopify?: { routes?: { root?: unknown } } }).Shopify;
  const root = shopify?.routes?.root;
  return typeof root === 'string' && root ? root : '/';
}

/** The AJAX Cart API answers 422 (or 400, 404) with `{ status, message, description }`; keep its words. */
function explain(err: unknown): ShopletError {
  const status = err instanceof ShopletError ? err.status : undefined;
  if (!(err instanceof ShopletError) || status === undefined || ![400, 404, 422].includes(status)) {
    return toShopletError(err);
  }
  let description = '';
  try {
    const body = JSON.parse(String(err.cause)) as { description?: unknown; message?: unknown };
    description = String(body.description ?? body.message ?? '');
  } catch {
    /* not JSON: keep the transport's message */
  }
  if (!description) return err;
  const code = /cannot find|not found/i.test(description)
    ? 'not_found'
    : /sold out|out of stock|can(?:'|’)?t add more|not enough|maximum quantity|only \d+/i.test(description)
      ? 'out_of_stock'
      : 'invalid_input';
  return new ShopletError(code, description, { cause: err, status });
}

/**
 * The theme cart mode: the Online Store theme's own cart through the AJAX Cart API (`/cart.js`,
 * `/cart/add.js`, `/cart/change.js`, `/cart/update.js`), same origin, with the shopper's cart cookie.
 * After each change it dispatches {@link THEME_CART_CHANGED_EVENT} (and `cart:update`), and `watch`
 * re-reads the cart when the tab regains focus or the theme says its cart changed.
 *
 * @example
 * const theme = createThemeCart({ root: '/' }, () => transport);
 * const cart = await theme.addLines('', [{ variantId: 'gid://shopify/ProductVariant/4242', quantity: 1 }]);
 */
export function createThemeCart(options: ThemeCartOptions, transport: () => Transport) {
  const root = (options.root ?? defaultRoot()).replace(/\/?$/, '/');
  const eventTarget = options.eventTarget ?? (typeof document !== 'undefined' ? document : undefined);
  const focusTarget = options.focusTarget ?? (typeof window !== 'undefined' ? window : undefined);
  const themeEvents = options.themeEvents ?? true;
  const checkoutUrl = /^https?:\/\//.test(root) ? new URL('/checkout', root).href : '/checkout';
  let last = '';

  async function request<T>(path: string, body?: unknown, idempotent = true): Promise<T> {
    try {
      const res = await transport().request<T>({
        url: `${root}${path}`,
        method: body === undefined ? 'GET' : 'POST',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        idempotent,
        credentials: 'same-origin',
      });
      return res.json;
    } catch (err) {
      throw explain(err);
    }
  }

  function remember(raw: AjaxCart): Cart {
    last = JSON.stringify(raw);
    return toThemeCart(raw, checkoutUrl);
  }

  async function read(): Promise<Cart> {
    return remember(await request<AjaxCart>('cart.js'));
  }

  function announce(raw: AjaxCart, cart: Cart, action: ThemeCartAction): Cart {
    if (eventTarget) announceThemeCart(eventTarget, { cart, themeCart: raw, action }, themeEvents);
    return cart;
  }

  async function change(action: ThemeCartAction, path: string, body: unknown, idempotent: boolean): Promise<Cart> {
    const answer = await request<AjaxCart | { items: unknown[] }>(path, body, idempotent);
    // /cart/add.js answers with the added items only; the others answer with the whole cart.
    const raw = 'token' in answer ? (answer as AjaxCart) : await request<AjaxCart>('cart.js');
    return announce(raw, remember(raw), action);
  }

  const items = (lines: CartLineInput[]) =>
    lines.map((l, i) => {
      const id = numericId('ProductVariant', l.variantId);
      if (id === null) {
        throw new ShopletError('invalid_input', `"${l.variantId}" is not a Shopify variant id.`, {
          field: `lines[${i}].variantId`,
        });
      }
      if (!Number.isInteger(l.quantity) || l.quantity < 1) {
        throw new ShopletError('invalid_input', `Quantity must be a whole number of at least 1 (got ${l.quantity}).`, {
          field: `lines[${i}].quantity`,
        });
      }
      return { id, quantity: l.quantity };
    });

  return {
    checkoutUrl,

    async createCart(input: { lines?: CartLineInput[]; attributes?: Record<string, string> }): Promise<Cart> {
      let cart: Cart | null = null;
      if (input.lines?.length) cart = await change('create', 'cart/add.js', { items: items(input.lines) }, false);
      if (input.attributes && Object.keys(input.attributes).length) {
        cart = await change('attributes', 'cart/update.js', { attributes: input.attributes }, true);
      }
      return cart ?? read();
    },

    /** The theme cart belongs to the browser session (cookie), so the id is not needed to read it. */
    async getCart(_cartId: string): Promise<Cart> {
      return read();
    },

    async addLines(_cartId: string, lines: CartLineInput[]): Promise<Cart> {
      return change('add', 'cart/add.js', { items: items(lines) }, false);
    },

    async updateLines(_cartId: string, lines: { id: string; quantity: number }[]): Promise<Cart> {
      lines.forEach((l, i) => {
        if (!Number.isInteger(l.quantity) || l.quantity < 0) {
          throw new ShopletError(
            'invalid_input',
            `Quantity must be a whole number of at least 0 (got ${l.quantity}).`,
            {
              field: `lines[${i}].quantity`,
            },
          );
        }
      });
      const [only] = lines;
      if (lines.length === 1 && only) {
        return change(only.quantity === 0 ? 'remove' : 'update', 'cart/change.js', only, true);
      }
      return change(
        'update',
        'cart/update.js',
        { updates: Object.fromEntries(lines.map((l) => [l.id, l.quantity])) },
        true,
      );
    },

    async removeLines(_cartId: string, lineIds: string[]): Promise<Cart> {
      return change('remove', 'cart/update.js', { updates: Object.fromEntries(lineIds.map((id) => [id, 0])) }, true);
    },

    async applyDiscount(_cartId: string, codes: string[]): Promise<Cart> {
      return change(
        'discount',
        'cart/update.js',
        {
          discount: codes
            .map((c) => c.trim())
            .filter(Boolean)
            .join(','),
        },
        true,
      );
    },

    async setAttributes(_cartId: string, attributes: Record<string, string>): Promise<Cart> {
      return change('attributes', 'cart/update.js', { attributes }, true);
    },

    /**
     * Reads the cart now, then again when the tab becomes visible or focused, when the theme dispatches `cart:update`
     * or a standard `shopify:cart:*` event, or on {@link THEME_CART_REFRESH_EVENT}; calls `onChange` when
     * it differs from the last cart Shoplet saw. Does nothing outside a browser (no event target).
     */
    watch(onChange: (cart: Cart | null) => void): () => void {
      if (!eventTarget && !focusTarget) return () => {};
      let reading: Promise<void> | null = null;
      let again = false;
      const refresh = (): void => {
        if (reading) {
          again = true;
          return;
        }
        const before = last;
        reading = request<AjaxCart>('cart.js')
          .then((raw) => {
            const cart = remember(raw);
            if (last !== before) onChange(announce(raw, cart, 'external'));
          })
          .catch(() => {
            /* a failed background refresh changes nothing; the next trigger tries again */
          })
          .finally(() => {
            reading = null;
            if (again) {
              again = false;
              refresh();
            }
          });
      };
      const onVisibility = () => {
        const state = (eventTarget as { visibilityState?: string } | undefined)?.visibilityState;
        if (state === undefined || state === 'visible') refresh();
      };
      const onThemeUpdate = (event: Event) => {
        const source = (event as CustomEvent<{ data?: { source?: string } } | null>).detail?.data?.source;
        if (source !== 'shoplet') refresh();
      };
      const onStandardEvent = (event: Event) => {
        const promise = (event as Event & { promise?: Promise<unknown> }).promise;
        if (promise && typeof promise.then === 'function') promise.then(refresh, refresh);
        else refresh();
      };
      const listeners: [EventTarget | undefined, string, (e: Event) => void][] = [
        [eventTarget, 'visibilitychange', onVisibility],
        [focusTarget, 'focus', refresh],
        [eventTarget, THEME_CART_UPDATE_EVENT, onThemeUpdate],
        [eventTarget, THEME_CART_REFRESH_EVENT, refresh],
        ...STANDARD_CART_EVENTS.map((name): [EventTarget | undefined, string, (e: Event) => void] => [
          eventTarget,
          name,
          onStandardEvent,
        ]),
      ];
      for (const [target, name, fn] of listeners) target?.addEventListener(name, fn);
      // The theme may already hold items the client has never seen (no saved cart yet): read it now.
      refresh();
      return () => {
        for (const [target, name, fn] of listeners) target?.removeEventListener(name, fn);
      };
    },
  };
}

/**
 * The theme cart operations {@link createThemeCart} returns.
 *
 * @example
 * let theme: ThemeCart;
 */
export type ThemeCart = ReturnType<typeof createThemeCart>;
