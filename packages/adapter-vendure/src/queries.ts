import type { OrderStep } from './order-mutations.js';
import type { SchemaFeatures } from './schema-features.js';

/**
 * Every GraphQL document the adapter sends to the Vendure Shop API, selecting only what the
 * mappings read. Custom fields are selected only when the server has them (see
 * {@link SchemaFeatures}), so the same adapter works against a stock Vendure. Documents marked
 * `/* GraphQL *\/` are minified by the build (scripts/minify-graphql.mjs).
 *
 * @module
 */

/**
 * What `toImage` reads of an asset, and the id that tells images apart.
 *
 * @example
 * const doc = `query { product(slug: "mug") { featuredAsset { ...ShopletAsset } } } ${ASSET_FRAGMENT}`;
 */
export const ASSET_FRAGMENT = /* GraphQL */ `fragment ShopletAsset on Asset {
  id
  preview
  width
  height
}`;

/**
 * What `toProduct` reads of a product (with {@link ASSET_FRAGMENT}).
 *
 * @example
 * const doc = `query { p0: product(slug: "linen-shirt") { ...ShopletProduct } } ${productFragment(features)}`;
 */
export function productFragment(features: SchemaFeatures): string {
  return /* GraphQL */ `fragment ShopletProduct on Product {
  id
  name
  slug
  description
  featuredAsset { ...ShopletAsset }
  assets { ...ShopletAsset }
  optionGroups { id name options { name } }
  facetValues { name }
  variants {
    id
    name
    sku
    priceWithTax
    currencyCode
    stockLevel
    featuredAsset { ...ShopletAsset }
    options { name groupId }
    ${features.compareAtPrice ? 'customFields { compareAtPrice }' : ''}
  }
  ${features.reviews ? 'customFields { reviewRating reviewCount }' : ''}
}
${ASSET_FRAGMENT}`;
}

/**
 * One product asked for by slug or by id.
 *
 * @example
 * const lookup: ProductLookup = { by: 'slug', value: 'linen-shirt' };
 */
export interface ProductLookup {
  by: 'slug' | 'id';
  value: string;
}

/**
 * The query for a batch of products: one aliased field per lookup (`p0`, `p1`, …), each value sent
 * as a variable, never as query text.
 *
 * @example
 * const { query, variables } = productsQuery([{ by: 'slug', value: 'mug' }], features);
 */
export function productsQuery(
  lookups: readonly ProductLookup[],
  features: SchemaFeatures,
): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {};
  const declarations = lookups.map(({ by }, i) => `$p${i}: ${by === 'id' ? 'ID' : 'String'}!`);
  const fields = lookups.map(({ by, value }, i) => {
    variables[`p${i}`] = value;
    return /* GraphQL */ `p${i}: product(${by}: $p${i}) { ...ShopletProduct }`;
  });
  const query = /* GraphQL */ `query ShopletProducts(${declarations.join(', ')}) {\n  ${fields.join('\n  ')}\n}\n${productFragment(features)}`;
  return { query, variables };
}

/**
 * What a cart and a placed order show of an order (with {@link ASSET_FRAGMENT}).
 *
 * @example
 * const doc = `query { activeOrder { ...ShopletOrder } } ${orderFragment(features)}`;
 */
export function orderFragment(features: SchemaFeatures): string {
  return /* GraphQL */ `fragment ShopletOrder on Order {
  code
  state
  currencyCode
  totalQuantity
  subTotalWithTax
  shippingWithTax
  totalWithTax
  couponCodes
  discounts { adjustmentSource amountWithTax }
  lines {
    id
    quantity
    unitPriceWithTax
    discountedLinePriceWithTax
    featuredAsset { ...ShopletAsset }
    productVariant {
      id
      name
      options { name groupId group { name } }
      product {
        name
        slug
        featuredAsset { ...ShopletAsset }
        optionGroups { id }
      }
    }
  }
  ${features.attributes ? 'customFields { shopletRef shopletUtm }' : ''}
}
${ASSET_FRAGMENT}`;
}

/**
 * The session's active order and the channel's default currency (for the empty cart).
 *
 * @example
 * const data = await sessionOf(shared).query(activeOrderQuery(features));
 */
export function activeOrderQuery(features: SchemaFeatures): string {
  return /* GraphQL */ `query ShopletActiveOrder {
  activeOrder { ...ShopletOrder }
  activeChannel { defaultCurrencyCode }
}
${orderFragment(features)}`;
}

/**
 * Selected by every mutation result, so that `ErrorResult` members come back as data.
 *
 * @example
 * const field = `applyCouponCode(couponCode: $code) { ...ShopletOrder ${ERROR_RESULT_FIELDS} }`;
 */
export const ERROR_RESULT_FIELDS = /* GraphQL */ `... on ErrorResult { errorCode message }`;

/**
 * Selected by mutations that may run out of stock: the error carries the order as it changed.
 *
 * @example
 * const field = `addItemToOrder(productVariantId: $id, quantity: 1) { ...ShopletOrder ${STOCK_ERROR_FIELDS} }`;
 */
export const STOCK_ERROR_FIELDS = /* GraphQL */ `... on InsufficientStockError {
  quantityAvailable
  order { ...ShopletOrder }
}`;

/**
 * Moves an order waiting for payment back to `AddingItems`, so that it can change again.
 *
 * @example
 * await sessionOf(shared).mutate(REOPEN_ORDER_MUTATION);
 */
export const REOPEN_ORDER_MUTATION = /* GraphQL */ `mutation ShopletReopenOrder {
  transitionOrderToState(state: "AddingItems") {
    ... on Order { code }
    ${ERROR_RESULT_FIELDS}
  }
}`;

/**
 * One mutation for a list of order changes: a field per step (`m0`, `m1`, …) with its arguments as
 * variables (`$quantity1`), each selecting the order and the error results it may return.
 *
 * @example
 * const { document, variables } = orderChangeMutation([{ field: 'removeOrderLine', args: { orderLineId: ['ID!', '7'] } }], features);
 */
export function orderChangeMutation(
  steps: readonly OrderStep[],
  features: SchemaFeatures,
): { document: string; variables: Record<string, unknown> } {
  const declarations: string[] = [];
  const variables: Record<string, unknown> = {};
  const fields = steps.map((step, i) => {
    const args = Object.entries(step.args).map(([name, [type, value]]) => {
      const variable = `${name}${i}`;
      declarations.push(`$${variable}: ${type}`);
      variables[variable] = value;
      return `${name}: $${variable}`;
    });
    const selections = [
      '...ShopletOrder',
      step.errorResults === false ? '' : ERROR_RESULT_FIELDS,
      step.stockErrors ? STOCK_ERROR_FIELDS : '',
    ];
    return /* GraphQL */ `m${i}: ${step.field}${args.length ? `(${args.join(', ')})` : ''} { ${selections.filter(Boolean).join(' ')} }`;
  });
  const header = declarations.length ? `(${declarations.join(', ')})` : '';
  const document = /* GraphQL */ `mutation ShopletOrderChange${header} {\n  ${fields.join('\n  ')}\n}\n${orderFragment(features)}`;
  return { document, variables };
}

/**
 * Moves the active order to `ArrangingPayment`, the state payments are added in.
 *
 * @example
 * await sessionOf(shared).mutate(toPaymentMutation(features));
 */
export function toPaymentMutation(features: SchemaFeatures): string {
  return /* GraphQL */ `mutation ShopletToPayment {
  transitionOrderToState(state: "ArrangingPayment") {
    ...ShopletOrder
    ${ERROR_RESULT_FIELDS}
    ... on OrderStateTransitionError { transitionError }
  }
}
${orderFragment(features)}`;
}

/**
 * An order by its code, with when it was placed (`null` while it is still a cart). Vendure lets
 * only the session that paid for a guest order read it (with an access strategy like the demo
 * backend's).
 *
 * @example
 * await sessionOf(shared).query(orderByCodeQuery(features), { code: 'XK2P9QJ7A1' });
 */
export function orderByCodeQuery(features: SchemaFeatures): string {
  return /* GraphQL */ `query ShopletOrderByCode($code: String!) {
  orderByCode(code: $code) {
    ...ShopletOrder
    orderPlacedAt
  }
}
${orderFragment(features)}`;
}

/**
 * Pays the active order with a payment method (`$input: { method, metadata }`).
 *
 * @example
 * await sessionOf(shared).mutate(payMutation(features), { input: { method: 'standard-payment', metadata: {} } });
 */
export function payMutation(features: SchemaFeatures): string {
  return /* GraphQL */ `mutation ShopletPay($input: PaymentInput!) {
  addPaymentToOrder(input: $input) {
    ...ShopletOrder
    ${ERROR_RESULT_FIELDS}
    ... on PaymentFailedError { paymentErrorMessage }
    ... on PaymentDeclinedError { paymentErrorMessage }
  }
}
${orderFragment(features)}`;
}

/**
 * The transit windows of the shop's shipping methods, for the delivery promise on product cards.
 * Sent only when the server has the `minDays`/`maxDays` custom fields.
 *
 * @example
 * const data = await send(shared, SHIPPING_WINDOWS_QUERY, {}, true);
 */
export const SHIPPING_WINDOWS_QUERY = /* GraphQL */ `query ShopletShippingWindows {
  activeShippingMethods { customFields { minDays maxDays } }
}`;

/**
 * The shipping methods eligible for the active order, with their delivery windows when the server
 * has them.
 *
 * @example
 * const { eligibleShippingMethods } = await sessionOf(shared).query(shippingMethodsQuery(features));
 */
export function shippingMethodsQuery(features: SchemaFeatures): string {
  return /* GraphQL */ `query ShopletShippingMethods {
  eligibleShippingMethods {
    id
    name
    description
    priceWithTax
    metadata
    ${features.deliveryDays ? 'customFields { minDays maxDays }' : ''}
  }
  activeOrder { currencyCode }
}`;
}

/**
 * The payment methods for the active order, with whether each is eligible.
 *
 * @example
 * const { eligiblePaymentMethods } = await sessionOf(shared).query(PAYMENT_METHODS_QUERY);
 */
export const PAYMENT_METHODS_QUERY = /* GraphQL */ `query ShopletPaymentMethods {
  eligiblePaymentMethods { code name description isEligible }
}`;

/**
 * Asks which optional custom fields the server has: one `__type` per feature, aliased by the
 * feature's name. `Order` fields are read from the update input, which lists the public writable
 * ones (those the cart writes); `PublicShippingMethod` has the custom fields of `ShippingMethod`.
 *
 * @example
 * const data = await send(shared, SCHEMA_FEATURES_QUERY, {}, true);
 */
export const SCHEMA_FEATURES_QUERY = /* GraphQL */ `query ShopletSchemaFeatures {
  compareAtPrice: __type(name: "ProductVariantCustomFields") { fields { name } }
  reviews: __type(name: "ProductCustomFields") { fields { name } }
  attributes: __type(name: "UpdateOrderCustomFieldsInput") { inputFields { name } }
  deliveryDays: __type(name: "PublicShippingMethodCustomFields") { fields { name } }
}`;
