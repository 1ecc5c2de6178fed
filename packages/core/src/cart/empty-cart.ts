import type { Cart } from '../types.js';

/**
 * A cart with no lines, no discounts and nothing to pay: what a backend shows before anything is
 * added, and what the optimistic preview starts from.
 *
 * @example
 * emptyCart('vendure:pending', 'USD').totalQuantity; // 0
 */
export function emptyCart(id: string, currencyCode: string): Cart {
  const zero = { amount: 0, currencyCode };
  return {
    id,
    lines: [],
    totalQuantity: 0,
    subtotal: zero,
    total: zero,
    discountCodes: [],
    attributes: {},
    checkoutUrl: null,
  };
}
