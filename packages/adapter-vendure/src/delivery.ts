import type { DeliveryPolicy } from '@shoplet/core';
import { SHIPPING_WINDOWS_QUERY } from './queries.js';
import { send, type VendureShared } from './shared.js';

/**
 * A shipping method's fields that can tell its transit window in work days.
 *
 * @example
 * const method: TransitSource = { customFields: { minDays: 2, maxDays: 4 } };
 */
export interface TransitSource {
  customFields?: { minDays?: number | null; maxDays?: number | null } | null;
  metadata?: Record<string, unknown> | null;
}

const days = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined;

/**
 * Reads a transit window in whole work days from a shipping method: its `minDays`/`maxDays`
 * custom fields, else the same keys in the metadata its calculator returned. Empty when it has
 * none, or the longest is shorter than the shortest.
 *
 * @example
 * transitDays({ customFields: { minDays: 2, maxDays: 4 } }); // { minDays: 2, maxDays: 4 }
 */
export function transitDays(method: TransitSource): { minDays?: number; maxDays?: number } {
  const min = days(method.customFields?.minDays) ?? days(method.metadata?.minDays);
  const max = days(method.customFields?.maxDays) ?? days(method.metadata?.maxDays);
  return min === undefined || max === undefined || max < min ? {} : { minDays: min, maxDays: max };
}

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
  const methods = await shared.features.use(async (features) => {
    if (!features.deliveryDays) return [];
    const data = await send<{ activeShippingMethods: (TransitSource | null)[] }>(
      shared,
      SHIPPING_WINDOWS_QUERY,
      {},
      true,
    );
    return data.activeShippingMethods;
  });
  for (const method of methods) {
    const { minDays, maxDays } = transitDays({ customFields: method?.customFields ?? null });
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
