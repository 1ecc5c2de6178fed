import { isShopletError, warnOnce } from '@shoplet/core';
import type { VendureCustomFields } from './options.js';
import { send, type VendureShared } from './shared.js';

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

/**
 * Each feature: the Shop API type that has its fields when the server defines them, then the
 * fields. `Order` fields are checked on the update input, which has the public writable ones only
 * (those the cart writes, a subset of the readable ones); `PublicShippingMethod` has the same
 * custom fields as `ShippingMethod`.
 */
const NEEDS: [keyof SchemaFeatures, string][] = [
  ['compareAtPrice', 'compareAtPrice'],
  ['reviews', 'reviewRating reviewCount'],
  ['attributes', 'shopletRef shopletUtm'],
  ['deliveryDays', 'minDays maxDays'],
];

/** One `__type` per feature, under the feature's name. */
const DETECT_QUERY =
  'query ShopletSchemaFeatures{compareAtPrice:__type(name:"ProductVariantCustomFields"){fields{name}}reviews:__type(name:"ProductCustomFields"){fields{name}}attributes:__type(name:"UpdateOrderCustomFieldsInput"){inputFields{name}}deliveryDays:__type(name:"PublicShippingMethodCustomFields"){fields{name}}}';

/**
 * Resolves which custom fields to select: from the options when given, else with one
 * introspection query (cached by the caller). When introspection is off, assumes a stock Vendure
 * and says so once in development; when the server cannot be reached, rejects so that the next
 * call asks again.
 *
 * @example
 * const features = await detectFeatures(shared);
 */
export async function detectFeatures(shared: VendureShared): Promise<SchemaFeatures> {
  const declared = shared.options.customFields;
  let data: Record<string, unknown> | undefined;
  if (declared === 'detect') {
    try {
      data = await send(shared, DETECT_QUERY, {}, true);
    } catch (err) {
      // A refused introspection query means a locked-down server: fall back to a stock schema.
      // Refused is answered with GraphQL errors: HTTP 400 (how Vendure turns down introspection
      // when it is off) or errors in the answer. Anything else (offline, a server error) lets the
      // caller fail and ask again next time.
      if (!isShopletError(err) || (err.status ? err.status !== 400 : err.code !== 'backend')) throw err;
      warnOnce(
        'vendure-custom-fields',
        `could not detect the Vendure custom fields (${err.message}); using none. Pass vendure({ customFields: { … } }) to declare them.`,
      );
      data = {};
    }
  }
  const features = {} as SchemaFeatures;
  for (const [feature, fields] of NEEDS) {
    // The type's field names, as JSON strings, e.g. `"minDays"`; undefined when it has none.
    const json = data && JSON.stringify(data[feature]);
    features[feature] = data
      ? fields.split(' ').every((name) => json?.includes(`"${name}"`))
      : (declared as VendureCustomFields)[feature] === true;
  }
  return features;
}
