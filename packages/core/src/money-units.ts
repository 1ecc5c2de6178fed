import { ShopletError } from './errors.js';
import { decimal } from './money.js';
import type { Money } from './types.js';

// A currency's digits on their own, for exact decimal amounts (analytics values, backends that
// send decimals); formatting a price needs only Intl (money.ts).

const digitsCache = new Map<string, number>();

/**
 * How many minor-unit digits a currency has (2 for GBP, 0 for JPY, 3 for KWD), from `Intl`.
 *
 * @example
 * currencyDigits('JPY'); // 0
 */
export function currencyDigits(currencyCode: string): number {
  let digits = digitsCache.get(currencyCode);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: currencyCode }).resolvedOptions()
        .maximumFractionDigits as number;
    } catch (cause) {
      throw new ShopletError('invalid_input', `"${currencyCode}" is not an ISO 4217 currency code (e.g. "GBP").`, {
        cause,
        field: 'currencyCode',
      });
    }
    digitsCache.set(currencyCode, digits);
  }
  return digits;
}

/**
 * The exact decimal string of an amount (`{ amount: 1299, currencyCode: 'GBP' }` → `"12.99"`), built from
 * integers so no float rounding ever shows.
 *
 * @example
 * toDecimalString({ amount: 1500, currencyCode: 'KWD' }); // "1.500"
 */
export function toDecimalString(money: Money): string {
  return decimal(money.amount, currencyDigits(money.currencyCode));
}
