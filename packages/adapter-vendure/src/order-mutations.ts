import { type Cart, ShopletError } from '@shoplet/core';
import { errorFromResult, isErrorResult } from './error-results.js';
import { orderFragment, toCart, type VendureOrder } from './map-order.js';
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
 * Every mutation result selects this so `ErrorResult` members come back as data, not exceptions.
 *
 * @example
 * const field = `applyCouponCode(couponCode:$code){...O ${ERROR_FIELDS}}`;
 */
export const ERROR_FIELDS = '...on ErrorResult{errorCode message}';

const TO_ADDING_ITEMS = `mutation ShopletReopenOrder{transitionOrderToState(state:"AddingItems"){...on Order{code}${ERROR_FIELDS}}}`;

function buildDocument(steps: OrderStep[], fragment: string) {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const fields = steps.map((step, i) => {
    const args = Object.entries(step.args).map(([name, [type, value]]) => {
      const variable = `${name}${i}`;
      definitions.push(`$${variable}:${type}`);
      variables[variable] = value;
      return `${name}:$${variable}`;
    });
    const errors = step.errorResults === false ? '' : ERROR_FIELDS;
    const stock = step.stockErrors ? '...on InsufficientStockError{quantityAvailable order{...O}}' : '';
    return `m${i}:${step.field}${args.length ? `(${args})` : ''}{...O ${errors}${stock}}`;
  });
  const defs = definitions.length ? `(${definitions})` : '';
  return { document: `mutation ShopletOrderChange${defs}{${fields.join(' ')}}${fragment}`, variables };
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
  const features = await shared.features();
  const { document, variables } = buildDocument(steps, orderFragment(features));
  for (let attempt = 0; ; attempt++) {
    const data = await sessionOf(shared).mutate<Record<string, unknown>>(document, variables);
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
  const data = await sessionOf(shared).mutate<{ transitionOrderToState: unknown }>(TO_ADDING_ITEMS);
  return !isErrorResult(data.transitionOrderToState) && data.transitionOrderToState !== null;
}
