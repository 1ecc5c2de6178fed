import { isShopletError, warnOnce } from '@shoplet/core';
import type { ResolvedVendureOptions, VendureCustomFields } from './options.js';
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
const DETECT_QUERY = `query ShopletSchemaFeatures{${'Product ProductVariant Order ShippingMethod PublicShippingMethod'
  .split(' ')
  .map((type, i) => `t${i}:__type(name:"${type}CustomFields"){fields{name}}`)
  .join('')}t5:__type(name:"UpdateOrderCustomFieldsInput"){inputFields{name}}}`;

/** Each feature, the types (`t…` digits) that must all have its fields, and the fields. */
const NEEDS: [keyof SchemaFeatures, string, string][] = [
  ['compareAtPrice', '1', 'compareAtPrice'],
  ['reviews', '0', 'reviewRating reviewCount'],
  ['attributes', '25', 'shopletRef shopletUtm'],
  ['deliveryDays', '34', 'minDays maxDays'],
];

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
  let data: Record<string, unknown> | undefined;
  if (declared === 'detect') {
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
  }
  const features = {} as SchemaFeatures;
  for (const [key, types, fields] of NEEDS) {
    features[key] = data
      ? [...types].every((type) => {
          // The type's field names, as JSON strings, e.g. `"minDays"`; undefined when it has none.
          const json = JSON.stringify(data[`t${type}`]);
          return fields.split(' ').every((name) => json?.includes(`"${name}"`));
        })
      : (declared as VendureCustomFields)[key] === true;
  }
  return features;
}
