import type { CartLineInput, InlineCheckout } from './adapter.js';
import type { CartCore } from './cart.js';
import type { CartPatch } from './cart-preview.js';

export { previewCart } from './cart-preview.js';

import { isShopletError, ShopletError, toShopletError } from './errors.js';
import type { Cart, CartLine, CheckoutHandoff, Order } from './types.js';

// Replaced with `false` by the production build, which then drops the dev-only branches (as in Lit).
const DEV_MODE = true;

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

/**
 * An argument of the cart API that is checked before its change is queued.
 *
 * @internal
 */
export type InputField = 'variantId' | 'quantity' | 'code';

/**
 * The error for a bad cart API argument: the field, and the fix.
 *
 * @example
 * invalidInput('quantity', 1.5, 1); // quantity must be a whole number from 1 to 9999, got 1.5.
 *
 * @internal
 */
export function invalidInput(field: InputField, value: unknown, min?: number): ShopletError {
  return new ShopletError(
    'invalid_input',
    field === 'code'
      ? 'Enter a discount code.'
      : `${field} must be ${
          field === 'quantity'
            ? `a whole number from ${min} to 9999`
            : 'the id of a variant (see product.variants[].id)'
        }, got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}.`,
    { field },
  );
}

type Plan = [run: (cartId: string) => Promise<Cart>, done?: (cart: Cart) => void];

/** The line's id in the current cart: the same id, the line of an optimistic add, or the same variant's line after a rebuild. */
function resolveLineId(c: CartCore, lineId: string): string | undefined {
  const lines = c.confirmed?.lines;
  if (lines?.some((l) => l.id === lineId)) return lineId;
  const variantId = lineId.startsWith('optimistic:') ? lineId.slice(11) : c.lineVariants.get(lineId);
  return lines?.find((l) => l.variantId === variantId)?.id;
}

/** The backend call of each change, and the event it emits once confirmed. */
const PLANS: {
  [K in keyof CartChanges]: (c: CartCore, input: CartChanges[K], line: CartLine | undefined) => Plan;
} = {
  add: (c, { variantId, quantity }) => [
    (cartId) => c.adapter.addLines(cartId, [{ variantId, quantity }]),
    (cart) =>
      c.events.emit('cart:add', {
        cart,
        variantId,
        quantity,
        line: cart.lines.find((l) => l.variantId === variantId),
      }),
  ],
  update: (c, { lineId, quantity }, line) => [
    (cartId) => {
      const id = resolveLineId(c, lineId);
      if (!id) {
        throw new ShopletError('not_found', DEV_MODE ? 'That line is no longer in the cart.' : 'No such line', {
          field: 'lineId',
        });
      }
      return c.adapter.updateLines(cartId, [{ id, quantity }]);
    },
    (cart) => c.events.emit('cart:update', { cart, lineId, quantity, previousQuantity: line?.quantity ?? 0, line }),
  ],
  remove: (c, { lineId }, line) => {
    let removed = false;
    return [
      async (cartId) => {
        const id = resolveLineId(c, lineId);
        // Already gone (a double click): nothing to do, and nothing went wrong.
        if (!id) return c.confirmed!;
        removed = true;
        return c.adapter.removeLines(cartId, [id]);
      },
      (cart) => removed && line && c.events.emit('cart:remove', { cart, line }),
    ];
  },
  applyDiscount: (c, { code }) => [
    async (cartId) => {
      const codes = new Set((c.confirmed?.discountCodes ?? []).map((d) => d.code));
      codes.add(code);
      const cart = await c.adapter.applyDiscount(cartId, [...codes]);
      const applied = cart.discountCodes.find((d) => d.code.toLowerCase() === code.toLowerCase());
      if (!applied?.applicable) {
        c.confirm(cart);
        throw new ShopletError('invalid_input', `The code "${code}" does not apply to this cart.`, { field: 'code' });
      }
      return cart;
    },
  ],
  removeDiscount: (c, { code }) => [
    (cartId) =>
      c.adapter.applyDiscount(
        cartId,
        (c.confirmed?.discountCodes ?? []).map((d) => d.code).filter((d) => d !== code),
      ),
  ],
  setAttributes: (c, attributes) => [
    (cartId) => c.adapter.setAttributes(cartId, { ...c.confirmed?.attributes, ...attributes }),
  ],
  // The ids are read in the queue, so a line whose add is still on its way goes too.
  clear: (c) => [
    async (cartId) => {
      const ids = c.confirmed?.lines.map((l) => l.id) ?? [];
      return ids.length ? c.adapter.removeLines(cartId, ids) : c.confirmed!;
    },
  ],
};

/**
 * Rebuilds a cart the backend no longer knows, from the lines last seen; a line that can no longer
 * be bought (sold out, deleted) is left out with a `cart:error` event, the others are kept.
 *
 * @example
 * const cart = await recreate(core, saved.lines, saved.attributes);
 *
 * @internal
 */
export async function recreate(c: CartCore, lines: CartLine[], attributes: Record<string, string> = {}): Promise<Cart> {
  const input: CartLineInput[] = lines
    .filter((l) => !l.id.startsWith('optimistic:'))
    .map((l) => ({ variantId: l.variantId, quantity: l.quantity }));
  try {
    return await c.adapter.createCart({ lines: input, attributes });
  } catch (err) {
    if (
      !isShopletError(err) ||
      (err.code !== 'out_of_stock' && err.code !== 'not_found' && err.code !== 'invalid_input')
    )
      throw err;
    let cart = await c.adapter.createCart({ attributes });
    for (const line of input) {
      try {
        cart = await c.adapter.addLines(cart.id, [line]);
      } catch (lineErr) {
        c.events.emit('cart:error', { action: 'restore', error: toShopletError(lineErr), input: line });
      }
    }
    return cart;
  }
}

/**
 * Runs one queued change against the backend (`shown` is the cart on screen when it was asked for), recreating the cart once if the backend forgot it,
 * then confirms the result and emits the change's event. Loaded on the first change.
 *
 * @example
 * const cart = await runChange(core, 'add', { variantId, quantity: 1 }, patch, shop.$cart.get());
 *
 * @internal
 */
export async function runChange<K extends keyof CartChanges>(
  c: CartCore,
  change: K,
  input: CartChanges[K],
  patch: CartPatch | undefined,
  shown: Cart | null,
): Promise<Cart> {
  // The line as the shopper saw it when asking for the change (for the event's previous quantity).
  const line = shown?.lines.find((l) => l.id === (input as { lineId?: string }).lineId);
  const [run, done] = PLANS[change](c, input, line);
  let cart = await c.ensure();
  try {
    cart = await run(cart.id);
  } catch (err) {
    if (!isShopletError(err, 'not_found') || err.field !== 'cartId') throw err;
    const rebuilt = await recreate(c, cart.lines, cart.attributes);
    c.confirm(rebuilt);
    cart = await run(rebuilt.id);
  }
  c.settle(patch, cart);
  // After settle(): listeners see the new cart in $cart too.
  done?.(cart);
  return cart;
}

/**
 * Hands the confirmed cart to the backend's checkout and emits `checkout:start`; an empty cart is
 * refused with the field named.
 *
 * @example
 * const handoff = await startCheckout(core, core.confirmed);
 *
 * @internal
 */
export async function startCheckout(c: CartCore, current: Cart | null): Promise<CheckoutHandoff> {
  if (!current?.totalQuantity) {
    throw new ShopletError(
      'invalid_input',
      DEV_MODE ? 'The cart is empty: add a product before checking out.' : 'Cart is empty',
      { field: 'cart' },
    );
  }
  const handoff = await c.adapter.checkout(current.id);
  if (handoff.kind === 'redirect') c.handOff();
  c.events.emit('checkout:start', { cart: current, handoff });
  return handoff;
}

/**
 * Runs one inline checkout step on the current cart (created when there is none); a paid order
 * emits `checkout:complete` and starts a new cart on the next add.
 *
 * @example
 * const order = await inlineStep(core, adapter.inline!, 'pay', ['standard-payment']);
 *
 * @internal
 */
export async function inlineStep(
  c: CartCore,
  steps: InlineCheckout,
  name: keyof InlineCheckout,
  args: unknown[],
): Promise<unknown> {
  const result = await (steps[name] as (...a: unknown[]) => unknown).call(steps, (await c.ensure()).id, ...args);
  if (name === 'pay') {
    c.events.emit('checkout:complete', { order: result as Order });
    c.reset();
  }
  return result;
}

/**
 * Switches market (`shop.setCountry`): checks the code, then, after every queued change, applies
 * it and reprices the cart where the adapter supports markets. Loaded with the change code, as a
 * page calls it only when the shopper picks a country.
 *
 * @example
 * await setCountry(core, 'DE', (country) => (current = country));
 *
 * @internal
 */
export async function setCountry(c: CartCore, country: string, apply: (country: string) => void): Promise<void> {
  if (!/^[A-Z]{2}$/.test(String(country))) {
    throw new ShopletError(
      'invalid_input',
      `country must be an ISO 3166-1 alpha-2 code in capitals such as "DE", got ${JSON.stringify(country)}.`,
      { field: 'country' },
    );
  }
  await c.exclusive(async (current) => {
    apply(country);
    if (current && c.adapter.setMarket) c.confirm(await c.adapter.setMarket(current.id, { country }));
  });
}
