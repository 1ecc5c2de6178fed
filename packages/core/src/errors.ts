/**
 * The stable error codes Shoplet uses. UI and integrators branch on these, never on messages.
 *
 * @example
 * if (err instanceof ShopletError && err.code === 'out_of_stock') showSoldOut();
 */
export type ShopletErrorCode =
  | 'network'
  | 'timeout'
  | 'not_found'
  | 'out_of_stock'
  | 'invalid_config'
  | 'invalid_input'
  | 'rate_limited'
  | 'unsupported'
  | 'backend';

/**
 * The one error class Shoplet throws or emits. `code` is stable; `message` says what went wrong
 * and how to fix it; `cause` keeps the original error or backend payload.
 *
 * @example
 * try {
 *   await shop.cart.add(variantId, 1);
 * } catch (err) {
 *   if (isShopletError(err, 'out_of_stock')) alert(err.message);
 * }
 */
export class ShopletError extends Error {
  override readonly name = 'ShopletError';
  readonly code: ShopletErrorCode;
  /** The field or option the error is about, when there is one (`options.adapter`, `tags[2].x`). */
  readonly field: string | undefined;
  /** HTTP status when the error came from a response. */
  readonly status: number | undefined;

  constructor(
    code: ShopletErrorCode,
    message: string,
    options: { cause?: unknown; field?: string | undefined; status?: number | undefined } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.status = options.status;
  }
}

/**
 * True when `err` is a {@link ShopletError}, optionally with the given code.
 *
 * @example
 * if (isShopletError(err, 'not_found')) return null;
 */
export function isShopletError(err: unknown, code?: ShopletErrorCode): err is ShopletError {
  return err instanceof ShopletError && (code === undefined || err.code === code);
}

/**
 * Wraps anything thrown into a {@link ShopletError} (already-Shoplet errors pass through).
 *
 * @example
 * const e = toShopletError(new TypeError('Failed to fetch')); // code 'network'
 */
export function toShopletError(err: unknown, fallback: ShopletErrorCode = 'network'): ShopletError {
  if (err instanceof ShopletError) return err;
  if (err instanceof Error && err.name === 'AbortError') {
    return new ShopletError('timeout', 'The request timed out; check the connection.', {
      cause: err,
    });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new ShopletError(fallback, message || 'Unknown error', { cause: err });
}

/**
 * True when a request failed in a way that leaves open whether the backend applied it: the
 * connection broke, the answer timed out, or the server failed (5xx) after possibly committing.
 * After such an error, read the state back from the backend before showing anything or trying
 * again; never roll back or resend blindly.
 *
 * @example
 * try {
 *   await shop.checkout.inline!.pay(method);
 * } catch (err) {
 *   if (isOutcomeUnknown(err)) showCheckAgain(); // not "try again": the payment may have been taken
 * }
 */
export function isOutcomeUnknown(err: unknown): boolean {
  if (!(err instanceof ShopletError)) return false;
  return err.code === 'network' || err.code === 'timeout' || (err.code === 'backend' && (err.status ?? 0) >= 500);
}
