import type { SchemaFeatures } from './schema-features.js';

/**
 * GraphQL documents for browsing the Vendure Shop API (the order's are beside its mapping), written compactly (they travel in every page's
 * bundle and every request) and selecting only what the mappings read. Custom fields are selected
 * only when the server has them (see {@link SchemaFeatures}), so the same adapter works against a
 * stock Vendure.
 *
 * @module
 */

/**
 * The asset fragment `A`: what `toImage` reads (and the id that tells images apart).
 *
 * @example
 * const doc = `query{product(slug:"mug"){featuredAsset{...A}}}${ASSET_FRAGMENT}`;
 */
export const ASSET_FRAGMENT = 'fragment A on Asset{id preview width height}';

/**
 * The product fragment `P` (and the asset fragment `A` it uses).
 *
 * @example
 * const doc = `query{p0:product(slug:"linen-shirt"){...P}}${productFragment(features)}`;
 */
export function productFragment(features: SchemaFeatures): string {
  return `fragment P on Product{id name slug description featuredAsset{...A}assets{...A}optionGroups{id name options{name}}facetValues{name}variants{id name sku priceWithTax currencyCode stockLevel featuredAsset{...A}options{name groupId}${
    features.compareAtPrice ? 'customFields{compareAtPrice}' : ''
  }}${features.reviews ? 'customFields{reviewRating reviewCount}' : ''}}${ASSET_FRAGMENT}`;
}
