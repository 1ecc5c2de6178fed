import { ShopletError } from './errors.js';
import { currencyDigits } from './money-units.js';
import type { Money } from './types.js';

// Apart from money.ts: only adapters that read decimal amounts (Shopify) need it, and a page on
// another backend should not load it.
/**
 * Parses a decimal string from a backend ("12.5", "1299", "0.125") into {@link Money} without float math.
 * Extra precision beyond the currency's digits is rounded half up.
 *
 * @example
 * parseMoney('12.50', 'GBP'); // { amount: 1250, currencyCode: 'GBP' }
 */
export function parseMoney(decimal: string | number, currencyCode: string): Money {
  const text = String(decimal).trim();
  const match = /^(-)?(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === '' && !match[3])) {
    throw new ShopletError('invalid_input', `"${text}" is not a decimal amount.`, { field: 'amount' });
  }
  const digits = currencyDigits(currencyCode);
  const fraction = match[3] ?? '';
  let amount = Number((match[2] || '0') + fraction.slice(0, digits).padEnd(digits, '0'));
  if (Number(fraction[digits] ?? '0') >= 5) amount += 1;
  return { amount: match[1] && amount !== 0 ? -amount : amount, currencyCode };
}
