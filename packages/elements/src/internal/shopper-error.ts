import { isOutcomeUnknown, type ShopletError, type ShopletErrorCode, toShopletError } from '@shoplet/core';
import type { StringKey } from '../i18n/types.js';

// Shoppers read a plain sentence chosen by the error's code; the backend's own text (a URL, an
// HTTP status, a GraphQL message) is for developers and goes to the console.
const BY_CODE = new Map<ShopletErrorCode, StringKey>([
  ['network', 'errorNetwork'],
  ['timeout', 'errorTimeout'],
  ['rate_limited', 'errorBusy'],
  ['backend', 'errorBackend'],
  ['not_found', 'errorNotFound'],
  ['out_of_stock', 'errorOutOfStock'],
  ['invalid_input', 'errorInvalidInput'],
  ['invalid_config', 'errorUnavailable'],
  ['unsupported', 'errorUnavailable'],
]);

// A refusal about something the shopper chose or typed gets guidance for that field.
const BY_FIELD = new Map<string, StringKey>([
  ['email', 'errorEmail'],
  ['shippingAddress', 'errorAddress'],
  ['shippingOption', 'errorShippingOption'],
  ['payment', 'errorPayment'],
  ['paymentMethod', 'errorPayment'],
  ['code', 'errorDiscount'],
  ['quantity', 'errorQuantity'],
]);

/**
 * The sentence a shopper sees for `error`: by the field it names when the backend refused
 * something the shopper chose (`invalid_input`, a declined payment), else by its code. Never the
 * error's own message.
 *
 * @example
 * shopperMessage((key) => this.t(key), error); // 'We could not reach the shop. Check your connection and try again.'
 */
export function shopperMessage(t: (key: StringKey) => string, error: ShopletError): string {
  const refused = error.code === 'invalid_input' || (error.code === 'backend' && !isOutcomeUnknown(error));
  const byField = refused && error.field ? BY_FIELD.get(error.field) : undefined;
  return t(byField ?? BY_CODE.get(error.code) ?? 'errorBackend');
}

const logged = new WeakSet<object>();

/**
 * Logs what went wrong for developers, once per error (several elements may show the same cart
 * error), with the original message and the error itself (its `cause` holds the backend's answer).
 * Returns the error as a {@link ShopletError}.
 *
 * @example
 * const error = logShopperError('shoplet-cart', err);
 */
export function logShopperError(source: string, err: unknown): ShopletError {
  const error = toShopletError(err, 'backend');
  const key = typeof err === 'object' && err !== null ? err : error;
  if (!logged.has(key)) {
    logged.add(key);
    console.error(`[shoplet:${error.code}] <${source}>: ${error.message}`, error);
  }
  return error;
}
