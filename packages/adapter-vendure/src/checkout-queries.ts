import type { SchemaFeatures } from './schema-features.js';

// The checkout's own queries and readers: loaded with the inline checkout, not with browsing and the cart.

const days = (value: unknown): number | undefined =>
  Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined;

/**
 * Reads a transit window in work days from a shipping method: its `minDays`/`maxDays` custom
 * fields, else the same keys in the metadata its calculator returned.
 *
 * @example
 * transitDays({ customFields: { minDays: 2, maxDays: 4 } }); // { minDays: 2, maxDays: 4 }
 */
export function transitDays(method: {
  customFields?: { minDays?: number | null; maxDays?: number | null } | null;
  metadata?: Record<string, unknown> | null;
}): {
  minDays?: number;
  maxDays?: number;
} {
  const min = days(method.customFields?.minDays) ?? days(method.metadata?.minDays);
  const max = days(method.customFields?.maxDays) ?? days(method.metadata?.maxDays);
  return min === undefined || max === undefined || max < min ? {} : { minDays: min, maxDays: max };
}

/**
 * The eligible shipping methods of the active order, with their delivery windows when the server has them.
 *
 * @example
 * const { eligibleShippingMethods } = await session.query(shippingQuery(features));
 */
export function shippingQuery(features: SchemaFeatures): string {
  const custom = features.deliveryDays ? 'customFields{minDays maxDays}' : '';
  return `query ShopletShippingMethods{eligibleShippingMethods{id name description priceWithTax metadata ${custom}}activeOrder{currencyCode}}`;
}

/**
 * The payment methods for the active order, with whether each is eligible.
 *
 * @example
 * const { eligiblePaymentMethods } = await session.query(PAYMENT_METHODS_QUERY);
 */
export const PAYMENT_METHODS_QUERY =
  'query ShopletPaymentMethods{eligiblePaymentMethods{code name description isEligible}}';
