import { ShopletError } from '../errors.js';
import type { DeliveryEstimate } from '../types.js';
import { validateDeliveryPolicy } from './policy-problem.js';
import type { DeliveryInput, DeliveryPolicy } from './types.js';
import { deliveryWindow } from './window.js';

/**
 * Estimates the delivery window for an order placed at `now`, following the shop's policy:
 * the order counts from today (shop time zone) when today is a work day and it is before the
 * cut-off, else from the next work day; dispatch is `processingDays` work days later; arrival is
 * `transit[country]` (else `transit['*']`) work days after dispatch.
 *
 * Returns `null` when the policy has no transit for the country and no `'*'` entry (the shop does
 * not promise a date there). Throws `invalid_config` for a wrong policy, naming the field.
 *
 * @example
 * const estimate = estimateDelivery(
 *   { timeZone: 'Europe/London', cutoff: '14:00', processingDays: 0, workDays: [1, 2, 3, 4, 5],
 *     holidays: ['2025-12-25'], transit: { GB: [1, 2], '*': [3, 6] } },
 *   { now: Date.parse('2025-11-26T11:47:00Z'), country: 'GB' },
 * );
 * // { earliest: '2025-11-27', latest: '2025-11-28', orderWithinMs: 7_980_000 }
 */
export function estimateDelivery(policy: DeliveryPolicy, input: DeliveryInput = {}): DeliveryEstimate | null {
  validateDeliveryPolicy(policy);
  const now = Number(input.now ?? Date.now());
  if (!Number.isFinite(now)) {
    throw new ShopletError('invalid_input', 'now must be a valid Date or epoch milliseconds.', { field: 'now' });
  }
  const estimate = deliveryWindow(policy, now, input.country);
  if (estimate === undefined) {
    throw new ShopletError(
      'invalid_config',
      'policy.holidays leave no work day in the next two years; check workDays and holidays.',
      { field: 'policy.holidays' },
    );
  }
  return estimate;
}
