import type { SchemaFeatures } from './schema-features.js';

// The checkout's own queries: loaded with the inline checkout, not with browsing and the cart.

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
