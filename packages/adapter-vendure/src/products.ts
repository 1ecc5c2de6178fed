import type { Product, ProductRef } from '@shoplet/core';
import { warnOnce } from '@shoplet/core/internal';
import { toProduct, type VendureProduct } from './map-product.js';
import { type ProductLookup, productsQuery } from './queries.js';
import { send, type VendureShared } from './shared.js';

/** Most products one request asks for, so that a page with thousands of refs sends many small requests. */
export const PRODUCTS_PER_REQUEST = 50;

/** How many product requests run at once. */
const CONCURRENT_REQUESTS = 4;

/** Longest slug or id looked up: longer ones name no product and would only weigh on the request. */
export const MAX_REF_LENGTH = 256;

/** A ref as the user passed it, short enough to print in a warning. */
function describeRef(ref: unknown): string {
  const text = JSON.stringify(ref) ?? String(ref);
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length} characters)` : text;
}

/** The lookup for a ref, or `undefined` (with a development warning) when it cannot name a product. */
function lookupOf(ref: ProductRef, index: number): ProductLookup | undefined {
  const id = (ref as { id?: unknown } | null)?.id;
  const value = typeof ref === 'string' ? ref.trim() : id;
  if (!value || typeof value !== 'string') {
    warnOnce('unknown-product', `refs[${index}] is not a product slug or { id }: ${describeRef(ref)}.`);
    return undefined;
  }
  if (value.length > MAX_REF_LENGTH) {
    warnOnce(
      'unknown-product',
      `refs[${index}] is longer than ${MAX_REF_LENGTH} characters, so it names no product: ${describeRef(ref)}.`,
    );
    return undefined;
  }
  return { by: typeof ref === 'string' ? 'slug' : 'id', value };
}

/**
 * Fetches products by slug (a string ref) or id (`{ id }`), in the order asked, with at most
 * {@link PRODUCTS_PER_REQUEST} per request. `null` where the shop has no such product (or it is
 * disabled), and where a ref cannot name one or the product's data cannot be read: one bad ref or
 * product never takes the others down.
 *
 * @example
 * const [shirt, mug] = await getProducts(shared, ['linen-shirt', { id: '7' }]);
 */
export async function getProducts(shared: VendureShared, refs: ProductRef[]): Promise<(Product | null)[]> {
  const results: (Product | null)[] = refs.map(() => null);
  const asked = refs.flatMap((ref, index) => {
    const lookup = lookupOf(ref, index);
    return lookup ? [{ lookup, index }] : [];
  });
  const batches: (typeof asked)[] = [];
  for (let start = 0; start < asked.length; start += PRODUCTS_PER_REQUEST) {
    batches.push(asked.slice(start, start + PRODUCTS_PER_REQUEST));
  }
  const load = async (batch: (typeof asked)[number][]) => {
    const { data, features } = await shared.features.use(async (features) => {
      const { query, variables } = productsQuery(
        batch.map((entry) => entry.lookup),
        features,
      );
      return { data: await send<Record<string, VendureProduct | null>>(shared, query, variables, true), features };
    });
    batch.forEach(({ lookup, index }, i) => {
      const product = data[`p${i}`];
      if (!product) return;
      try {
        results[index] = toProduct(product, shared.options, features.reviews);
      } catch (err) {
        warnOnce('product-error', `the data of product ${JSON.stringify(lookup.value)} could not be read: ${err}`);
      }
    });
  };
  // A few requests at a time: thousands of refs must not flood the server.
  let next = 0;
  const worker = async () => {
    while (next < batches.length) await load(batches[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_REQUESTS, batches.length) }, worker));
  return results;
}
