import type { DeliveryPolicy } from './delivery-types.js';
import { type DeliveryInput, deliveryWindow, policyFault } from './delivery-window.js';
import { ShopletError } from './errors.js';
import type { DeliveryEstimate } from './types.js';

export type { DeliveryInput } from './delivery-window.js';

const WEEKDAYS = 'ISO weekdays, 1 = Monday … 7 = Sunday, such as [1, 2, 3, 4, 5]';
const TRANSIT =
  "[minDays, maxDays] (whole days, min ≤ max) by two-letter country code or '*', such as { GB: [1, 2], '*': [3, 6] }";
/** How to fix each fault `policyFault` finds, by its number. */
const FIXES = [
  'an object { timeZone, cutoff, processingDays, workDays, holidays, transit }',
  "an IANA time zone such as 'Europe/London'",
  "a 24-hour time 'HH:MM' such as '14:00'",
  'whole work days from 0 to 365',
  WEEKDAYS,
  "an array of dates 'YYYY-MM-DD' ([] for none)",
  "a real date 'YYYY-MM-DD' such as '2026-12-25'",
  TRANSIT,
];

/**
 * Checks a delivery policy and throws `invalid_config` naming the first wrong field and how to fix it.
 * `path` names the policy in messages (`options.delivery` gives `options.delivery.cutoff …`).
 *
 * @example
 * try {
 *   validateDeliveryPolicy({ ...policy, cutoff: '2pm' });
 * } catch (err) {
 *   console.log(err.field); // 'policy.cutoff'
 * }
 */
export function validateDeliveryPolicy(policy: unknown, path = 'policy'): asserts policy is DeliveryPolicy {
  const fault = policyFault(policy);
  if (fault) {
    const [key, fix, got] = fault;
    const field = path + key;
    throw new ShopletError('invalid_config', `${field} must be ${FIXES[fix]} (got ${JSON.stringify(got)}).`, { field });
  }
}

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
  const now = +(input.now ?? Date.now());
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
