import { ShopletError } from './errors.js';
import type { Money } from './types.js';

/**
 * The exact decimal string of an amount with `digits` minor-unit digits, built from integers.
 *
 * @example
 * decimal(-1299, 2); // '-12.99'
 *
 * @internal
 */
export function decimal(amount: number, digits: number): string {
  const abs = String(Math.abs(Math.trunc(amount))).padStart(digits + 1, '0');
  return `${amount < 0 ? '-' : ''}${digits ? `${abs.slice(0, -digits)}.${abs.slice(-digits)}` : abs}`;
}

/**
 * Formats money for a locale with `Intl.NumberFormat`, from the exact decimal string.
 *
 * @example
 * formatMoney({ amount: 1299, currencyCode: 'EUR' }, 'de-DE'); // "12,99 €"
 */
export function formatMoney(money: Money, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currencyCode });
  // The currency's minor-unit digits (the same in every locale); Intl accepts exact decimal strings
  // (ES2023), so 0.1 + 0.2 never appears.
  return format.format(decimal(money.amount, format.resolvedOptions().maximumFractionDigits!) as unknown as number);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currencyCode !== b.currencyCode) {
    throw new ShopletError('invalid_input', `Cannot combine ${a.currencyCode} with ${b.currencyCode}.`, {
      field: 'currencyCode',
    });
  }
}

/**
 * Adds amounts of one currency.
 *
 * @example
 * addMoney({ amount: 100, currencyCode: 'GBP' }, { amount: 250, currencyCode: 'GBP' }); // 350
 */
export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return { amount: a.amount + b.amount, currencyCode: a.currencyCode };
}

/**
 * Multiplies an amount by a whole quantity.
 *
 * @example
 * multiplyMoney({ amount: 1299, currencyCode: 'GBP' }, 3); // 3897
 */
export function multiplyMoney(money: Money, quantity: number): Money {
  if (!Number.isInteger(quantity)) {
    throw new ShopletError('invalid_input', `Quantity must be a whole number, got ${quantity}.`, { field: 'quantity' });
  }
  return { amount: money.amount * quantity, currencyCode: money.currencyCode };
}

/**
 * The percentage saved between a compare-at price and the price, rounded down (never overstated).
 *
 * @example
 * discountPercent({ amount: 7500, currencyCode: 'GBP' }, { amount: 6000, currencyCode: 'GBP' }); // 20
 */
export function discountPercent(compareAt: Money, price: Money): number {
  sameCurrency(compareAt, price);
  if (compareAt.amount <= price.amount || compareAt.amount <= 0) return 0;
  return Math.floor(((compareAt.amount - price.amount) * 100) / compareAt.amount);
}
