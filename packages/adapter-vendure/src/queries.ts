import type { SchemaFeatures } from './schema-features.js';

/**
 * GraphQL documents for the Vendure Shop API. Custom fields are selected only when the server has
 * them (see {@link SchemaFeatures}), so the same adapter works against a stock Vendure.
 *
 * @module
 */

const ASSET = 'fragment ShopletAsset on Asset { id name preview width height }';

/**
 * Every mutation result selects this so `ErrorResult` members come back as data, not exceptions.
 *
 * @example
 * const field = `applyCouponCode(couponCode: $code) { ...ShopletOrder ${ERROR_FIELDS} }`;
 */
export const ERROR_FIELDS = '... on ErrorResult { errorCode message }';

/**
 * The product fragment (and the asset fragment it uses).
 *
 * @example
 * const doc = `query { p0: product(slug: "linen-shirt") { ...ShopletProduct } } ${productFragment(features)}`;
 */
export function productFragment(features: SchemaFeatures): string {
  const variantCustom = features.compareAtPrice ? 'customFields { compareAtPrice }' : '';
  const productCustom = features.reviews ? 'customFields { reviewRating reviewCount }' : '';
  return `fragment ShopletProduct on Product {
  id name slug description
  featuredAsset { ...ShopletAsset }
  assets { ...ShopletAsset }
  optionGroups { id code name options { id code name } }
  facetValues { code name facet { code name } }
  variants {
    id name sku priceWithTax currencyCode stockLevel
    featuredAsset { ...ShopletAsset }
    options { id code name groupId }
    ${variantCustom}
  }
  ${productCustom}
}
${ASSET}`;
}

/**
 * The order fragment: everything a cart and a placed order show.
 *
 * @example
 * const doc = `query { activeOrder { ...ShopletOrder } } ${orderFragment(features)}`;
 */
export function orderFragment(features: SchemaFeatures): string {
  const orderCustom = features.attributes ? 'customFields { shopletRef shopletUtm }' : '';
  return `fragment ShopletOrder on Order {
  id code state active currencyCode totalQuantity
  subTotalWithTax shippingWithTax totalWithTax
  couponCodes
  discounts { adjustmentSource description amountWithTax }
  lines {
    id quantity unitPriceWithTax discountedLinePriceWithTax
    featuredAsset { ...ShopletAsset }
    productVariant {
      id name sku
      options { code name groupId group { name } }
      product { name slug featuredAsset { ...ShopletAsset } optionGroups { id } }
    }
  }
  ${orderCustom}
}
${ASSET}`;
}

/**
 * One query for a batch of product refs: `p0: product(slug: $r0)`, `p1: product(id: $r1)`…
 *
 * @example
 * productsQuery([{ by: 'slug', value: 'linen-shirt' }], features);
 */
export function productsQuery(refs: { by: 'slug' | 'id'; value: string }[], features: SchemaFeatures): string {
  const vars = refs.map((ref, i) => `$r${i}: ${ref.by === 'id' ? 'ID!' : 'String!'}`).join(', ');
  const fields = refs.map((ref, i) => `p${i}: product(${ref.by}: $r${i}) { ...ShopletProduct }`).join('\n  ');
  return `query ShopletProducts(${vars}) {\n  ${fields}\n}\n${productFragment(features)}`;
}

/**
 * The session's active order, plus the channel's currency for an empty cart.
 *
 * @example
 * const { activeOrder } = await session.query(activeOrderQuery(features));
 */
export function activeOrderQuery(features: SchemaFeatures): string {
  return `query ShopletActiveOrder {
  activeOrder { ...ShopletOrder }
  activeChannel { defaultCurrencyCode }
}
${orderFragment(features)}`;
}

/**
 * The shop's active shipping methods with their windows, for the delivery policy.
 *
 * @example
 * const { activeShippingMethods } = await session.query(activeShippingMethodsQuery(features));
 */
export function activeShippingMethodsQuery(features: SchemaFeatures): string {
  const custom = features.deliveryDays ? 'customFields { minDays maxDays }' : '';
  return `query ShopletShippingWindows { activeShippingMethods { id code name ${custom} } }`;
}
