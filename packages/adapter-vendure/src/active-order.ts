import type { Cart } from '@shoplet/core';
import { emptyCart } from '@shoplet/core/internal';
import { toCart, type VendureOrder } from './map-order.js';
import { activeOrderQuery } from './queries.js';
import { sessionOf } from './session.js';
import { PENDING_CART_ID, type VendureShared } from './shared.js';

/**
 * The session's active order (or `null`) and the channel's default currency.
 *
 * @example
 * const { order, currencyCode } = await loadActiveOrder(shared);
 */
export async function loadActiveOrder(
  shared: VendureShared,
): Promise<{ order: VendureOrder | null; currencyCode: string }> {
  const data = await shared.features.use((features) =>
    sessionOf(shared).query<{
      activeOrder: VendureOrder | null;
      activeChannel: { defaultCurrencyCode: string };
    }>(activeOrderQuery(features)),
  );
  return { order: data.activeOrder, currencyCode: data.activeChannel.defaultCurrencyCode };
}

/**
 * The cart of an order, or, without one, the empty pending cart with the attributes waiting for
 * Vendure to create the order.
 *
 * @example
 * const { order, currencyCode } = await loadActiveOrder(shared);
 * const cart = cartOf(shared, order, currencyCode);
 */
export function cartOf(shared: VendureShared, order: VendureOrder | null, currencyCode: string): Cart {
  return order
    ? toCart(order, shared.options.origin)
    : { ...emptyCart(PENDING_CART_ID, currencyCode), attributes: { ...shared.pendingAttributes } };
}

/**
 * The cart with this id, or `null` when the session's active order is another one or none (it was
 * paid, expired, or the session was lost). A pending cart resolves to whatever the session has.
 *
 * @example
 * const cart = await getCart(shared, 'XK2P9QJ7A1');
 */
export async function getCart(shared: VendureShared, cartId: string): Promise<Cart | null> {
  const { order, currencyCode } = await loadActiveOrder(shared);
  return cartId === PENDING_CART_ID || order?.code === cartId ? cartOf(shared, order, currencyCode) : null;
}
