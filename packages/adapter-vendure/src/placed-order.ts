import { isOutcomeUnknown, type Order, ShopletError } from '@shoplet/core';
import { toOrder, type VendureOrder } from './map-order.js';
import { orderByCodeQuery } from './queries.js';
import { sessionOf } from './session.js';
import { PENDING_CART_ID, type VendureShared } from './shared.js';

/**
 * The order a cart became, when it was placed; `null` when it was not (still a cart, cancelled,
 * unknown, or not readable by this session). A network failure rejects: "not placed" must never be
 * guessed, since the caller may take a payment on the strength of it.
 *
 * @example
 * const order = await placedOrder(shared, 'XK2P9QJ7A1'); // after a payment whose answer was lost
 */
export async function placedOrder(shared: VendureShared, code: string): Promise<Order | null> {
  if (!code || code === PENDING_CART_ID) return null;
  try {
    const data = await shared.features.use((features) =>
      sessionOf(shared).query<{ orderByCode: (VendureOrder & { orderPlacedAt: string | null }) | null }>(
        orderByCodeQuery(features),
        { code },
      ),
    );
    const order = data.orderByCode;
    if (!order?.orderPlacedAt || order.state === 'Cancelled') return null;
    return toOrder(order, shared.options.origin);
  } catch (error) {
    if (isOutcomeUnknown(error)) throw error;
    // Vendure answers a code this session may not read with a Forbidden error: not our order.
    return null;
  }
}

/**
 * What to report after the payment request failed: the order, when the payment went through after
 * all (the answer was lost, or the request arrived twice and the second was refused); otherwise
 * the failure, worded for the case where it is unknown whether the shopper was charged.
 *
 * @example
 * try { paid = await pay(); } catch (error) { return afterFailedPayment(shared, order.code, error); }
 */
export async function afterFailedPayment(shared: VendureShared, code: string, failure: unknown): Promise<Order> {
  let order: Order | null;
  try {
    order = await placedOrder(shared, code);
  } catch (lookupFailure) {
    throw new ShopletError(
      'network',
      'The payment was sent but its answer was lost, and the order could not be checked. Check again before paying again: the payment may have gone through.',
      { cause: { failure, lookupFailure } },
    );
  }
  if (order) return order;
  if (isOutcomeUnknown(failure)) {
    throw new ShopletError('backend', 'The payment did not go through, and nothing was charged. Try again.', {
      cause: failure,
    });
  }
  throw failure;
}
