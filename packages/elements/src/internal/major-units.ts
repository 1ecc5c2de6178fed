import type { Money } from '@shoplet/core';
import { currencyDigits } from '@shoplet/core/internal';

// Apart from events.ts: only the code that sends an event's `value` (after an add, at checkout)
// needs a currency's digits, so a page that is only looked at does not load it.

/**
 * Converts integer minor units to the major-unit number analytics tools expect (1299 GBP → 12.99).
 *
 * @example
 * toMajorUnits({ amount: 1299, currencyCode: 'GBP' }); // 12.99
 */
export function toMajorUnits(money: Money): number {
  return money.amount / 10 ** currencyDigits(money.currencyCode);
}
