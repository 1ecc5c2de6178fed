import type { DeliveryPolicy } from '@shoplet/core';
import { activeShippingMethodsQuery } from './queries.js';
import type { VendureShared } from './shared.js';
import { transitDays } from './transit.js';

/** What a Vendure server cannot tell about dispatch; override any of it with `vendure({ delivery })`. */
const DEFAULT_POLICY: Omit<DeliveryPolicy, 'transit'> = {
  timeZone: 'UTC',
  cutoff: '14:00',
  processingDays: 0,
  workDays: [1, 2, 3, 4, 5],
  holidays: [],
};

/**
 * The delivery policy from the shop's shipping methods: the transit window of the first active
 * method that has one (`minDays`/`maxDays` custom fields), for every country. `null` when no
 * method tells, e.g. on a stock Vendure.
 *
 * @example
 * const policy = await deliveryPolicy(shared, { timeZone: 'Europe/London' });
 */
export async function deliveryPolicy(
  shared: VendureShared,
  overrides: Partial<DeliveryPolicy>,
): Promise<DeliveryPolicy | null> {
  const features = await shared.features();
  if (!features.deliveryDays) return null;
  const data = await shared.session.query<{
    activeShippingMethods: ({ customFields?: { minDays?: number | null; maxDays?: number | null } | null } | null)[];
  }>(activeShippingMethodsQuery(features));
  for (const method of data.activeShippingMethods) {
    if (!method) continue;
    const { minDays, maxDays } = transitDays(method);
    if (minDays !== undefined && maxDays !== undefined) {
      return { ...DEFAULT_POLICY, transit: { '*': [minDays, maxDays] }, ...overrides };
    }
  }
  return null;
}
