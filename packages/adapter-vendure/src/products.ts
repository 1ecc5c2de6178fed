import { type Product, type ProductRef, ShopletError } from '@shoplet/core';
import { toProduct, type VendureProduct } from './map-product.js';
import { productFragment } from './queries.js';
import { send, type VendureShared } from './shared.js';

/**
 * Fetches products by slug (a string ref) or id (`{ id }`), all refs in one aliased query, in the
 * order asked; `null` where the shop has no such product (or it is disabled).
 *
 * @example
 * const [shirt, mug] = await getProducts(shared, ['linen-shirt', { id: '7' }]);
 */
export async function getProducts(shared: VendureShared, refs: ProductRef[]): Promise<(Product | null)[]> {
  if (!refs.length) return [];
  // One aliased field per ref, `p0:product(slug:"linen-shirt")`, `p1:product(id:"7")`…; the value
  // as a JSON string, which is also a GraphQL string literal.
  const fields = refs.map((ref, i) => {
    const id = (ref as { id?: unknown } | null)?.id;
    const value = typeof ref === 'string' ? ref.trim() : id;
    if (!value || typeof value !== 'string') {
      throw new ShopletError(
        'invalid_input',
        `refs[${i}] must be a product slug or { id }, got ${JSON.stringify(ref)}.`,
        { field: `refs[${i}]` },
      );
    }
    return `p${i}:product(${id ? 'id' : 'slug'}:${JSON.stringify(value)}){...P}`;
  });
  const features = await shared.features();
  const data = await send<Record<string, VendureProduct | null>>(
    shared,
    `query ShopletProducts{${fields.join('')}}${productFragment(features)}`,
    {},
    true,
  );
  return refs.map((_, i) => {
    const product = data[`p${i}`];
    return product ? toProduct(product, shared.options, features.reviews) : null;
  });
}
