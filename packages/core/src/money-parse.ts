import { ShopletError } from './errors.js';
import { currencyDigits } from './money-units.js';
import type { Money } from './types.js';

/**
 * Parses a decimal string from a backend ("12.5", "1299", "0.125") into {@link Money} without float math.
 * Extra precision beyond the currency's digits is rounded half up.
 *
 * @example
 * parseMoney('12.50', 'GBP'); // { amount: 1250, currencyCode: 'GBP' }
 */
export function parseMoney(decimal: string | number, currencyCode: string): Money {
  const text = String(decimal).trim();
  const parts = /^(?<sign>-)?(?<whole>\d*)(?:\.(?<fraction>\d*))?$/.exec(text)?.groups;
  if (!parts || (!parts.whole && !parts.fraction)) {
    throw new ShopletError('invalid_input', `"${text}" is not a decimal amount.`, { field: 'amount' });
  }
  const digits = currencyDigits(currencyCode);
  const fraction = parts.fraction ?? '';
  let amount = Number((parts.whole || '0') + fraction.slice(0, digits).padEnd(digits, '0'));
  if (Number(fraction[digits] ?? '0') >= 5) amount += 1;
  return { amount: parts.sign && amount !== 0 ? -amount : amount, currencyCode };
}
