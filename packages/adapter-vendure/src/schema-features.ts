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

const DETECT_QUERY = `query ShopletSchemaFeatures {
  product: __type(name: "ProductCustomFields") { fields { name } }
  variant: __type(name: "ProductVariantCustomFields") { fields { name } }
  order: __type(name: "OrderCustomFields") { fields { name } }
  orderInput: __type(name: "UpdateOrderCustomFieldsInput") { inputFields { name } }
  shipping: __type(name: "ShippingMethodCustomFields") { fields { name } }
  publicShipping: __type(name: "PublicShippingMethodCustomFields") { fields { name } }
}`;

type TypeInfo = { fields?: { name: string }[] | null; inputFields?: { name: string }[] | null } | null;

function names(type: TypeInfo): Set<string> {
  return new Set([...(type?.fields ?? []), ...(type?.inputFields ?? [])].map((f) => f.name));
}

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
  let data: Record<'product' | 'variant' | 'order' | 'orderInput' | 'shipping' | 'publicShipping', TypeInfo>;
  try {
    data = await session.query(DETECT_QUERY);
  } catch (err) {
    // Unreachable server: let the caller fail and ask again next time. A refused introspection
    // query (a GraphQL error) means a locked-down server: fall back to a stock schema.
    if (!isShopletError(err, 'backend')) throw err;
    warnOnce(
      'vendure-custom-fields',
      `could not detect the Vendure custom fields (${err instanceof Error ? err.message : String(err)}); using none. Pass vendure({ customFields: { … } }) to declare them.`,
    );
    return { compareAtPrice: false, reviews: false, attributes: false, deliveryDays: false };
  }
  const product = names(data.product);
  const order = names(data.order);
  const orderInput = names(data.orderInput);
  const shipping = names(data.shipping);
  const publicShipping = names(data.publicShipping);
  const hasDays = (s: Set<string>) => s.has('minDays') && s.has('maxDays');
  return {
    compareAtPrice: names(data.variant).has('compareAtPrice'),
    reviews: product.has('reviewRating') && product.has('reviewCount'),
    attributes: ['shopletRef', 'shopletUtm'].every((n) => order.has(n) && orderInput.has(n)),
    deliveryDays: hasDays(shipping) && hasDays(publicShipping),
  };
}
