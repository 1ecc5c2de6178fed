import type { CartLineInput, ShopletAdapter } from '../adapter.js';
import type { Emitter } from '../emitter.js';
import { isShopletError, toShopletError } from '../errors.js';
import type { ShopletEvents } from '../events.js';
import type { Cart, CartLine } from '../types.js';

/** Errors that concern one line, so the other lines can still be bought. */
const LINE_ERRORS = new Set(['out_of_stock', 'not_found', 'invalid_input']);

/**
 * Rebuilds a cart the backend no longer knows, from the lines last seen; a line that can no longer
 * be bought (sold out, deleted) is left out with a `cart:error` event, the others are kept.
 *
 * @example
 * const cart = await recreateCart(adapter, events, saved.lines, saved.attributes);
 */
export async function recreateCart(
  adapter: ShopletAdapter,
  events: Emitter<ShopletEvents>,
  lines: CartLine[],
  attributes: Record<string, string> = {},
): Promise<Cart> {
  const input: CartLineInput[] = lines
    .filter((l) => !l.id.startsWith('optimistic:'))
    .map((l) => ({ variantId: l.variantId, quantity: l.quantity }));
  try {
    return await adapter.createCart({ lines: input, attributes });
  } catch (err) {
    if (!isShopletError(err) || !LINE_ERRORS.has(err.code)) throw err;
    // One line spoils the batch: add them one by one and keep those the backend takes.
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
