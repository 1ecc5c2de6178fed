import type { Order } from '@shoplet/core';
import { toLine, type VendureOrder } from './map-order.js';

/**
 * Maps a placed order onto the normalized {@link Order}.
 *
 * @example
 * const placed = toOrder(result, 'http://127.0.0.1:3100'); // { code, state: 'PaymentSettled', … }
 */
export function toOrder(order: VendureOrder, origin: string): Order {
  const currencyCode = order.currencyCode;
  return {
    code: order.code,
    state: order.state,
    lines: order.lines.map((line) => toLine(line, currencyCode, origin)),
    total: { amount: order.totalWithTax, currencyCode },
    shipping: { amount: order.shippingWithTax, currencyCode },
  };
}
