import type { ShopletAdapter } from '../adapter.js';
import { DEV_MODE } from '../dev-mode.js';
import type { Emitter } from '../emitter.js';
import { ShopletError } from '../errors.js';
import type { ShopletEvents } from '../events.js';
import type { Cart, CartLine } from '../types.js';

/**
 * Each cart change and what it is given: the `input` that `cart:error` events carry.
 *
 * @example
 * const input: CartChanges['update'] = { lineId: 'line-1', quantity: 2 };
 */
export interface CartChanges {
  add: { variantId: string; quantity: number };
  update: { lineId: string; quantity: number };
  remove: { lineId: string };
  applyDiscount: { code: string };
  removeDiscount: { code: string };
  setAttributes: Record<string, string>;
  clear: { all: true };
}

/** What a plan reads when it runs (in the queue, after every earlier change). */
export interface PlanContext {
  adapter: ShopletAdapter;
  events: Emitter<ShopletEvents>;
  /** The last cart the backend confirmed (never a preview). */
  confirmed(): Cart | null;
  /** The id a line has in the confirmed cart (it may have been rebuilt since the shopper saw it). */
  currentLineId(lineId: string): string | undefined;
}

/**
 * One change against the backend: the call, whether a cart read back from the backend shows the
 * change applied (after an answer was lost), and what to announce once the cart is confirmed.
 */
export interface ChangePlan {
  run(cartId: string): Promise<Cart>;
  applied(before: Cart | null, after: Cart): boolean;
  announce?(cart: Cart): void;
}

type Planner<K extends keyof CartChanges> = (
  c: PlanContext,
  input: CartChanges[K],
  /** The line as the shopper saw it when asking (for the event's previous quantity). */
  line: CartLine | undefined,
) => ChangePlan;

const discountCodes = (c: PlanContext) => (c.confirmed()?.discountCodes ?? []).map((d) => d.code);

/** How many units of a variant a cart holds. */
const unitsOf = (cart: Cart | null, variantId: string | undefined) =>
  (cart?.lines ?? []).filter((l) => l.variantId === variantId).reduce((sum, l) => sum + l.quantity, 0);

/** The variant of a line, looked up in the cart the change was asked on. */
const variantOf = (cart: Cart | null, lineId: string) => cart?.lines.find((l) => l.id === lineId)?.variantId;

const hasCode = (cart: Cart, code: string) =>
  cart.discountCodes.some((d) => d.code.toLowerCase() === code.toLowerCase() && d.applicable);

const PLANNERS: { [K in keyof CartChanges]: Planner<K> } = {
  add: (c, { variantId, quantity }) => ({
    run: (cartId) => c.adapter.addLines(cartId, [{ variantId, quantity }]),
    applied: (before, after) => unitsOf(after, variantId) >= unitsOf(before, variantId) + quantity,
    announce: (cart) =>
      c.events.emit('cart:add', {
        cart,
        variantId,
        quantity,
        line: cart.lines.find((l) => l.variantId === variantId),
      }),
  }),
  update: (c, { lineId, quantity }, line) => ({
    run: (cartId) => {
      const id = c.currentLineId(lineId);
      if (!id) {
        throw new ShopletError('not_found', DEV_MODE ? 'That line is no longer in the cart.' : 'No such line', {
          field: 'lineId',
        });
      }
      return c.adapter.updateLines(cartId, [{ id, quantity }]);
    },
    applied: (before, after) => unitsOf(after, variantOf(before, c.currentLineId(lineId) ?? lineId)) === quantity,
    announce: (cart) =>
      c.events.emit('cart:update', { cart, lineId, quantity, previousQuantity: line?.quantity ?? 0, line }),
  }),
  remove: (c, { lineId }, line) => {
    let removed = false;
    return {
      run: async (cartId) => {
        const id = c.currentLineId(lineId);
        // Already gone (a double click): nothing to do, and nothing went wrong.
        if (!id) return c.confirmed() as Cart;
        removed = true;
        return c.adapter.removeLines(cartId, [id]);
      },
      applied: (before, after) => unitsOf(after, variantOf(before, c.currentLineId(lineId) ?? lineId)) === 0,
      announce: (cart) => {
        if (removed && line) c.events.emit('cart:remove', { cart, line });
      },
    };
  },
  applyDiscount: (c, { code }) => ({
    run: async (cartId) => {
      const cart = await c.adapter.applyDiscount(cartId, [...new Set([...discountCodes(c), code])]);
      const applied = cart.discountCodes.find((d) => d.code.toLowerCase() === code.toLowerCase());
      if (!applied?.applicable) {
        // The backend keeps the code on the cart: show that cart with the error.
        throw new ShopletError('invalid_input', `The code "${code}" does not apply to this cart.`, {
          field: 'code',
          cause: { cart },
        });
      }
      return cart;
    },
    applied: (_before, after) => hasCode(after, code),
  }),
  removeDiscount: (c, { code }) => ({
    run: (cartId) =>
      c.adapter.applyDiscount(
        cartId,
        discountCodes(c).filter((d) => d !== code),
      ),
    applied: (_before, after) => !after.discountCodes.some((d) => d.code.toLowerCase() === code.toLowerCase()),
  }),
  setAttributes: (c, attributes) => ({
    run: (cartId) => c.adapter.setAttributes(cartId, { ...c.confirmed()?.attributes, ...attributes }),
    applied: (_before, after) => Object.entries(attributes).every(([key, value]) => after.attributes?.[key] === value),
  }),
  // The ids are read in the queue, so a line whose add is still on its way goes too.
  clear: (c) => ({
    run: async (cartId) => {
      const ids = c.confirmed()?.lines.map((l) => l.id) ?? [];
      return ids.length ? c.adapter.removeLines(cartId, ids) : (c.confirmed() as Cart);
    },
    applied: (_before, after) => after.lines.length === 0,
  }),
};

/**
 * The backend call of a change and the event it emits once confirmed.
 *
 * @example
 * const plan = planChange(context, 'add', { variantId, quantity: 1 }, undefined);
 */
export function planChange<K extends keyof CartChanges>(
  c: PlanContext,
  change: K,
  input: CartChanges[K],
  line: CartLine | undefined,
): ChangePlan {
  return (PLANNERS[change] as Planner<K>)(c, input, line);
}
