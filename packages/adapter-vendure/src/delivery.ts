import type { DeliveryPolicy } from '@shoplet/core';
import { SHIPPING_WINDOWS_QUERY } from './queries.js';
import type { VendureShared } from './shared.js';
import { transitDays } from './transit.js';

/**
 * The delivery policy from the shop's shipping methods: the transit window of the first active
 * method that has one (`minDays`/`maxDays` custom fields), for every country. `null` when no
 * method tells, e.g. on a stock Vendure. What Vendure cannot tell about dispatch (time zone,
 * cut-off, processing and work days, holidays) has defaults that `vendure({ delivery })` overrides.
 *
 * @example
 * const policy = await deliveryPolicy(shared, { timeZone: 'Europe/London' });
 */
export async function deliveryPolicy(
  shared: VendureShared,
  overrides: Partial<DeliveryPolicy>,
): Promise<DeliveryPolicy | null> {
  if (!(await shared.features()).deliveryDays) return null;
  const data = await shared.session.query<{
    activeShippingMethods: ({ customFields?: { minDays?: number | null; maxDays?: number | null } | null } | null)[];
  }>(SHIPPING_WINDOWS_QUERY);
  for (const method of data.activeShippingMethods) {
    const { minDays, maxDays } = transitDays(method ?? {});
    if (minDays !== undefined && maxDays !== undefined) {
      return {
        timeZone: 'UTC',
        cutoff: '14:00',
        processingDays: 0,
        workDays: [1, 2, 3, 4, 5],
        holidays: [],
        transit: { '*': [minDays, maxDays] },
        ...overrides,
      };
    }
  }
  return null;
}
