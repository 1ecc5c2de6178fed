import { isShopletError, warnOnce } from '@shoplet/core';
import type { ResolvedVendureOptions } from './options.js';
import type { VendureSession } from './session.js';

/**
 * The optional custom fields this server has, as the queries need to know them.
 *
 * @example
 * const features: SchemaFeatures = { compareAtPrice: true, reviews: true, attributes: true, deliveryDays: false };
 */
export interface SchemaFeatures {
  compareAtPrice: boolean;
  reviews: boolean;
  attributes: boolean;
  deliveryDays: boolean;
}

/** Asks for the custom fields of each type as `t0`…`t5`. */
const DETECT_QUERY = `query ShopletSchemaFeatures{${[
  'Product',
  'ProductVariant',
  'Order',
  'ShippingMethod',
  'PublicShippingMethod',
]
  .map((type, i) => `t${i}:__type(name:"${type}CustomFields"){fields{name}}`)
  .join('')}t5:__type(name:"UpdateOrderCustomFieldsInput"){inputFields{name}}}`;

type TypeInfo = { fields?: { name: string }[] | null; inputFields?: { name: string }[] | null } | null;

/**
 * Resolves which custom fields to select: from the options when given, else with one
 * introspection query (cached by the caller). When introspection is off, assumes a stock Vendure
 * and says so once in development; when the server cannot be reached, rejects so that the next
 * call asks again.
 *
 * @example
 * const features = await detectFeatures(options, session);
 */
export async function detectFeatures(
  options: ResolvedVendureOptions,
  session: VendureSession,
): Promise<SchemaFeatures> {
  const declared = options.customFields;
  if (declared !== 'detect') {
    return {
      compareAtPrice: declared.compareAtPrice === true,
      reviews: declared.reviews === true,
      attributes: declared.attributes === true,
      deliveryDays: declared.deliveryDays === true,
    };
  }
  let data: Record<string, TypeInfo>;
  try {
    data = await session.query(DETECT_QUERY);
  } catch (err) {
    // Unreachable server: let the caller fail and ask again next time. A refused introspection
    // query (a GraphQL error) means a locked-down server: fall back to a stock schema.
    if (!isShopletError(err, 'backend')) throw err;
    warnOnce(
      'vendure-custom-fields',
      `could not detect the Vendure custom fields (${err.message}); using none. Pass vendure({ customFields: { … } }) to declare them.`,
    );
    data = {};
  }
  /** True when type `t{type}` has every one of `fields`. */
  const has = (type: number, ...fields: string[]) => {
    const info = data[`t${type}`];
    const names = (info?.fields ?? info?.inputFields ?? []).map((f) => f.name);
    return fields.every((name) => names.includes(name));
  };
  return {
    compareAtPrice: has(1, 'compareAtPrice'),
    reviews: has(0, 'reviewRating', 'reviewCount'),
    attributes: has(2, 'shopletRef', 'shopletUtm') && has(5, 'shopletRef', 'shopletUtm'),
    deliveryDays: has(3, 'minDays', 'maxDays') && has(4, 'minDays', 'maxDays'),
  };
}
