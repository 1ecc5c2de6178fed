import { ShopletError, type ShopletErrorCode } from '@shoplet/core';

/**
 * A member of a Vendure `ErrorResult` union, as returned in `data` (not as a GraphQL error).
 *
 * @example
 * const e: VendureErrorResult = { errorCode: 'INSUFFICIENT_STOCK_ERROR', message: 'Only 2 items were added…' };
 */
export interface VendureErrorResult {
  errorCode: string;
  message: string;
  [key: string]: unknown;
}

const CODES: Record<string, { code: ShopletErrorCode; field?: string }> = {
  INSUFFICIENT_STOCK_ERROR: { code: 'out_of_stock', field: 'quantity' },
  NEGATIVE_QUANTITY_ERROR: { code: 'invalid_input', field: 'quantity' },
  ORDER_LIMIT_ERROR: { code: 'invalid_input', field: 'quantity' },
  COUPON_CODE_INVALID_ERROR: { code: 'invalid_input', field: 'code' },
  COUPON_CODE_EXPIRED_ERROR: { code: 'invalid_input', field: 'code' },
  COUPON_CODE_LIMIT_ERROR: { code: 'invalid_input', field: 'code' },
  INELIGIBLE_SHIPPING_METHOD_ERROR: { code: 'invalid_input', field: 'shippingOption' },
  INELIGIBLE_PAYMENT_METHOD_ERROR: { code: 'invalid_input', field: 'paymentMethod' },
  EMAIL_ADDRESS_CONFLICT_ERROR: { code: 'invalid_input', field: 'email' },
  NO_ACTIVE_ORDER_ERROR: { code: 'not_found' },
  ORDER_MODIFICATION_ERROR: { code: 'backend' },
  ORDER_STATE_TRANSITION_ERROR: { code: 'backend' },
  ORDER_PAYMENT_STATE_ERROR: { code: 'backend' },
  PAYMENT_FAILED_ERROR: { code: 'backend', field: 'paymentMethod' },
  PAYMENT_DECLINED_ERROR: { code: 'backend', field: 'paymentMethod' },
  GUEST_CHECKOUT_ERROR: { code: 'backend' },
  ALREADY_LOGGED_IN_ERROR: { code: 'backend' },
};

/** Detail fields some error results carry, appended to the message when present. */
const DETAILS = [
  'paymentErrorMessage',
  'transitionError',
  'eligibilityCheckerMessage',
  'errorDetail',
  'interceptorError',
];

/**
 * True when a mutation result is an `ErrorResult` rather than the entity.
 *
 * @example
 * if (isErrorResult(data.m0)) throw toShopletErrorFromResult(data.m0);
 */
export function isErrorResult(value: unknown): value is VendureErrorResult {
  return (
    typeof value === 'object' && value !== null && typeof (value as { errorCode?: unknown }).errorCode === 'string'
  );
}

/**
 * Maps a Vendure `ErrorResult` to a {@link ShopletError} with a stable code, keeping the
 * backend's message (it is already written for shoppers) and the raw result as `cause`.
 *
 * @example
 * errorFromResult({ errorCode: 'COUPON_CODE_INVALID_ERROR', message: 'Coupon code "X" is not valid' });
 * // ShopletError { code: 'invalid_input', field: 'code' }
 */
export function errorFromResult(result: VendureErrorResult): ShopletError {
  const mapped = CODES[result.errorCode] ?? { code: 'backend' as const };
  const details = DETAILS.map((key) => result[key]).filter(
    (v): v is string => typeof v === 'string' && v !== '' && v !== result.message,
  );
  const message = [result.message || result.errorCode, ...details].join(': ');
  return new ShopletError(mapped.code, message, { cause: result, ...(mapped.field ? { field: mapped.field } : {}) });
}
