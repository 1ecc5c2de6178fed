import { ShopletError, type ShopletErrorCode } from '@shoplet/core';
import { warnOnce } from '@shoplet/core/internal';

/**
 * A `CartUserError` as the Storefront API returns it: the mutation did not apply.
 *
 * @example
 * const e: CartUserErrorLike = { code: 'INVALID', field: ['lines', '0', 'quantity'], message: 'Quantity must be positive' };
 */
export interface CartUserErrorLike {
  code?: string | null;
  field?: string[] | null;
  message: string;
}

/**
 * A `CartWarning`: the mutation applied, but with an adjustment (a line capped at the stock left).
 *
 * @example
 * const w: CartWarningLike = { code: 'MERCHANDISE_NOT_ENOUGH_STOCK', message: 'Only 2 left', target: lineId };
 */
export interface CartWarningLike {
  code: string;
  message: string;
  target?: string;
}

/** CartErrorCode values that mean "the thing you named is not there". */
const NOT_FOUND_CODES = new Set(['INVALID_MERCHANDISE_LINE', 'PARENT_LINE_NOT_FOUND', 'INVALID_DELIVERY_ADDRESS_ID']);
/** CartErrorCode values that mean "Shopify could not do it right now". */
const BACKEND_CODES = new Set([
  'SERVICE_UNAVAILABLE',
  'MERCHANDISE_LINE_TRANSFORMERS_RUN_ERROR',
  'PENDING_DELIVERY_GROUPS',
]);
/** CartWarningCode values that mean the stock did not cover the request. */
const STOCK_WARNINGS = new Set(['MERCHANDISE_NOT_ENOUGH_STOCK', 'MERCHANDISE_OUT_OF_STOCK']);

/**
 * The Shoplet code for one `CartUserError`. Shopify reports an unknown cart or variant as `INVALID`
 * with a "does not exist" message, so that message is read too.
 *
 * @example
 * cartUserErrorCode({ code: 'INVALID_MERCHANDISE_LINE', message: 'Merchandise line not found' }); // 'not_found'
 */
export function cartUserErrorCode(error: CartUserErrorLike): ShopletErrorCode {
  const code = error.code ?? '';
  if (NOT_FOUND_CODES.has(code) || /does not exist|not found/i.test(error.message)) return 'not_found';
  if (BACKEND_CODES.has(code)) return 'backend';
  if (/out of stock|sold out|not enough (stock|inventory)/i.test(error.message)) return 'out_of_stock';
  return 'invalid_input';
}

/**
 * Throws a {@link ShopletError} for a mutation's `userErrors` (the change did not apply) or for stock
 * `warnings` (it applied with fewer units than asked). Shopify's message is kept; `cause` holds the raw
 * errors or warnings, and for warnings also the resulting cart so the UI can show what is now in it.
 * Other warnings (a discount code that does not apply yet) are not errors: the cart reports them.
 *
 * @example
 * throwCartProblems('cartLinesAdd', payload.userErrors, payload.warnings, mapCart(payload.cart));
 */
export function throwCartProblems(
  operation: string,
  userErrors: readonly CartUserErrorLike[],
  warnings: readonly CartWarningLike[],
  cart: unknown,
): void {
  const first = userErrors[0];
  if (first) {
    const field = first.field?.length ? first.field.join('.') : undefined;
    throw new ShopletError(cartUserErrorCode(first), userErrors.map((e) => e.message).join(' '), {
      cause: { operation, userErrors },
      ...(field ? { field } : {}),
    });
  }
  const stock = warnings.filter((w) => STOCK_WARNINGS.has(w.code));
  if (stock.length) {
    throw new ShopletError('out_of_stock', stock.map((w) => w.message).join(' '), {
      cause: { operation, warnings, cart },
    });
  }
  // Discount warnings are the shopper's input and show as `applicable: false`; others are worth a dev note.
  for (const w of warnings) {
    if (!w.code.startsWith('DISCOUNT_')) warnOnce('shopify-cart-warning', `${operation}: ${w.code} ${w.message}`);
  }
}
