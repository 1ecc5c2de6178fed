import type { CustomFields } from '@vendure/core';

/**
 * Custom fields the demo shop adds to Vendure's entities, all readable through the Shop API:
 *
 * - `Product.reviewRating` (float, 0–5) and `Product.reviewCount` (int): a review summary.
 * - `ProductVariant.compareAtPrice` (int, minor units): the "was" price of a sale item.
 * - `Order.shopletRef` / `Order.shopletUtm` (string): creator attribution, set by the shopper's
 *   client with `setOrderCustomFields`.
 * - `Order.shopletSessionId` (string, private): which session took the order to payment, for
 *   `SameSessionOrderAccess` (never in the Shop API).
 * - `ShippingMethod.minDays` / `ShippingMethod.maxDays` (int): the delivery window in work days.
 *
 * @example
 * ```ts
 * mergeConfig(testConfig, { customFields: demoCustomFields });
 * ```
 */
export const demoCustomFields: CustomFields = {
  Product: [
    { name: 'reviewRating', type: 'float', nullable: true, public: true, min: 0, max: 5 },
    { name: 'reviewCount', type: 'int', nullable: true, public: true, min: 0 },
  ],
  ProductVariant: [{ name: 'compareAtPrice', type: 'int', nullable: true, public: true, min: 0 }],
  Order: [
    { name: 'shopletRef', type: 'string', nullable: true, public: true },
    { name: 'shopletUtm', type: 'string', nullable: true, public: true },
    { name: 'shopletSessionId', type: 'string', nullable: true, public: false, readonly: true },
  ],
  ShippingMethod: [
    { name: 'minDays', type: 'int', nullable: true, public: true, min: 0 },
    { name: 'maxDays', type: 'int', nullable: true, public: true, min: 0 },
  ],
};
