import { type Product, type ProductRef, ShopletError } from '@shoplet/core';
import { toProduct, type VendureProduct } from './map-product.js';
import { productsQuery } from './queries.js';
import type { VendureShared } from './shared.js';

/**
 * Fetches products by slug (a string ref) or id (`{ id }`), all refs in one aliased query, in the
 * order asked; `null` where the shop has no such product (or it is disabled).
 *
 * @example
 * const [shirt, mug] = await getProducts(shared, ['linen-shirt', { id: '7' }]);
 */
export async function getProducts(shared: VendureShared, refs: ProductRef[]): Promise<(Product | null)[]> {
  if (!refs.length) return [];
  const parsed = refs.map((ref, i) => {
    const slug = typeof ref === 'string' && ref.trim();
    const id = typeof ref === 'object' && ref?.id;
    if (slug) return { by: 'slug' as const, value: slug };
    if (typeof id === 'string' && id) return { by: 'id' as const, value: id };
    throw new ShopletError(
      'invalid_input',
      `refs[${i}] must be a product slug or { id }, got ${JSON.stringify(ref)}.`,
      { field: `refs[${i}]` },
    );
  });
  const features = await shared.features();
  const variables = Object.fromEntries(parsed.map((ref, i) => [`r${i}`, ref.value]));
  const data = await shared.session.query<Record<string, VendureProduct | null>>(
    productsQuery(parsed, features),
    variables,
  );
  const { origin, productUrl } = shared.options;
  return parsed.map((_, i) => {
    const product = data[`p${i}`];
    return product ? toProduct(product, { origin, reviews: features.reviews, productUrl }) : null;
  });
}
