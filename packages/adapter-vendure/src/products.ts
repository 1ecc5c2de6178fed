import { type Product, type ProductRef, ShopletError } from '@shoplet/core';
import { toProduct, type VendureProduct } from './map-product.js';
import { productFragment } from './queries.js';
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
  const variables: Record<string, string> = {};
  const definitions: string[] = [];
  // One aliased field per ref: `p0:product(slug:$r0)`, `p1:product(id:$r1)`…
  const fields = refs.map((ref, i) => {
    const id = typeof ref === 'object' && ref?.id;
    const value = typeof ref === 'string' ? ref.trim() : id;
    if (!value || typeof value !== 'string') {
      throw new ShopletError(
        'invalid_input',
        `refs[${i}] must be a product slug or { id }, got ${JSON.stringify(ref)}.`,
        { field: `refs[${i}]` },
      );
    }
    variables[`r${i}`] = value;
    definitions.push(`$r${i}:${id ? 'ID' : 'String'}!`);
    return `p${i}:product(${id ? 'id' : 'slug'}:$r${i}){...P}`;
  });
  const features = await shared.features();
  const data = await shared.session.query<Record<string, VendureProduct | null>>(
    `query ShopletProducts(${definitions}){${fields.join('')}}${productFragment(features)}`,
    variables,
  );
  return refs.map((_, i) => {
    const product = data[`p${i}`];
    return product ? toProduct(product, shared.options, features.reviews) : null;
  });
}
