import { type Cart, ShopletError } from '@shoplet/core';
import { errorFromResult, isErrorResult } from './error-results.js';
import { toCart, type VendureOrder } from './map-order.js';
import { orderChangeMutation, REOPEN_ORDER_MUTATION } from './queries.js';
import { sessionOf } from './session.js';
import type { VendureShared } from './shared.js';

/**
 * One order mutation: the field, its arguments (using `$name` variables) and their values.
 *
 * @example
 * const step: OrderStep = { field: 'adjustOrderLine', args: { orderLineId: ['ID!', '12'], quantity: ['Int!', 3] } };
 */
export interface OrderStep {
  field: string;
  /** Argument name → [GraphQL type, value]. */
  args: Record<string, [string, unknown]>;
  /** False for fields that return a plain `Order` rather than a union with `ErrorResult`. */
  errorResults?: boolean;
  /** True for fields whose result may be an `InsufficientStockError` (it carries the order as changed). */
  stockErrors?: boolean;
}

/**
 * Runs order mutations in one request (GraphQL runs mutation fields in order) and returns the
 * order after the last one that succeeded. The first `ErrorResult` is thrown as a
 * {@link ShopletError}, after all steps ran; when the order changed anyway (lines added up to the
 * stock, earlier steps applied), the error's `cause.cart` is the cart as it now is.
 *
 * An order waiting for payment (`ArrangingPayment`, e.g. the shopper went back from the payment
 * step) refuses changes; it is moved back to `AddingItems` and the steps are tried once more.
 *
 * @example
 * const order = await runOrderSteps(shared, [{ field: 'removeOrderLine', args: { orderLineId: ['ID!', '7'] } }]);
 */
export async function runOrderSteps(shared: VendureShared, steps: OrderStep[]): Promise<VendureOrder | null> {
  if (!steps.length) return null;
  for (let attempt = 0; ; attempt++) {
    const data = await shared.features.use((features) => {
      const { document, variables } = orderChangeMutation(steps, features);
      return sessionOf(shared).mutate<Record<string, unknown>>(document, variables);
    });
    let order: VendureOrder | null = null;
    let error: ShopletError | null = null;
    let blocked = false;
    for (let i = 0; i < steps.length; i++) {
      const result = data[`m${i}`];
      if (isErrorResult(result)) {
        if (i === 0 && result.errorCode === 'ORDER_MODIFICATION_ERROR') blocked = true;
        error ??= errorFromResult(result);
        const changed = (result as { order?: VendureOrder }).order;
        if (changed?.code) order = changed;
      } else if (result && typeof result === 'object' && 'code' in result) {
        order = result as VendureOrder;
      }
    }
    if (blocked && attempt === 0 && (await reopen(shared))) continue;
    if (error) throw order ? withCart(error, toCart(order, shared.options.origin)) : error;
    return order;
  }
}

/** The same error with the cart the backend left attached, as the client expects it. */
function withCart(error: ShopletError, cart: Cart): ShopletError {
  return new ShopletError(error.code, error.message, {
    cause: { ...(error.cause as object), cart },
    ...(error.field ? { field: error.field } : {}),
  });
}

async function reopen(shared: VendureShared): Promise<boolean> {
  const data = await sessionOf(shared).mutate<{ transitionOrderToState: unknown }>(REOPEN_ORDER_MUTATION);
  return !isErrorResult(data.transitionOrderToState) && data.transitionOrderToState !== null;
}
