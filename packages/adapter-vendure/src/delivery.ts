import type { DeliveryPolicy } from '@shoplet/core';
import { send, type VendureShared } from './shared.js';

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
  overrides?: Partial<DeliveryPolicy>,
): Promise<DeliveryPolicy | null> {
  if ((await shared.features()).deliveryDays) {
    const data = await send<{
      activeShippingMethods: ({ customFields?: { minDays?: number | null; maxDays?: number | null } | null } | null)[];
    }>(shared, 'query ShopletShippingWindows{activeShippingMethods{customFields{minDays maxDays}}}', {}, true);
    for (const method of data.activeShippingMethods) {
      const { minDays: min, maxDays: max } = method?.customFields ?? {};
      // Whole work days, the longest not shorter than the shortest.
      if (Number.isInteger(min) && Number.isInteger(max) && 0 <= min! && min! <= max!) {
        return {
          timeZone: 'UTC',
          cutoff: '14:00',
          processingDays: 0,
          workDays: [1, 2, 3, 4, 5],
          holidays: [],
          transit: { '*': [min!, max!] },
          ...overrides,
        };
      }
    }
  }
  return null;
}
