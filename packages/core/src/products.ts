import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { ProductRef, ShopletAdapter } from './adapter.js';
import { DEV_MODE } from './dev-mode.js';
import { ShopletError, toShopletError } from './errors.js';
import type { Product } from './types.js';

/**
 * The state of one product as the UI sees it.
 *
 * @example
 * shop.products.store('linen-shirt').subscribe((s) => s.status === 'ready' && render(s.product));
 */
export type ProductState =
  | { status: 'loading' }
  | { status: 'ready'; product: Product }
  | { status: 'error'; error: ShopletError };

/**
 * Product lookups: batched per tick, deduplicated, cached with a TTL.
 *
 * @example
 * const [shirt, mug] = await Promise.all([shop.products.get('linen-shirt'), shop.products.get('mug')]);
 */
export interface ProductsApi {
  /** One product; rejects with `ShopletError('not_found')` when the backend has none. */
  get(ref: ProductRef): Promise<Product>;
  /** Several products; each entry is the product or the error for that ref (never rejects for one bad ref). */
  getMany(refs: ProductRef[]): Promise<(Product | ShopletError)[]>;
  /** A store holding the product's loading state; the first call for a ref starts the load. */
  store(ref: ProductRef): ReadableAtom<ProductState>;
  /** The cached product that holds a variant, if any (used for optimistic cart lines). */
  findByVariant(variantId: string): Product | undefined;
  /** Forgets cached products and refetches the ones shown (after a market change reprices everything). */
  invalidate(): void;
}

interface Entry {
  expires: number;
  promise: Promise<Product>;
  product?: Product;
}

function refKey(ref: ProductRef): string {
  const handle = typeof ref === 'string';
  if (handle ? !ref.trim() : typeof ref?.id !== 'string' || !ref.id) {
    throw new ShopletError(
      'invalid_input',
      DEV_MODE
        ? handle
          ? 'A product handle must be a non-empty string (e.g. "linen-shirt").'
          : 'A product reference is a handle string or { id: string }.'
        : 'Invalid product',
      { field: 'product' },
    );
  }
  return handle ? handleKey(ref) : idKey(ref.id);
}

const handleKey = (handle: string) => `handle:${handle}`;
const idKey = (id: string) => `id:${id}`;

/**
 * Creates the product loader for one client.
 *
 * @example
 * const products = createProducts(adapter, { ttlMs: 300_000, now: Date.now });
 */
export function createProducts(adapter: ShopletAdapter, options: { ttlMs: number; now: () => number }): ProductsApi {
  const cache = new Map<string, Entry>();
  const stores = new Map<string, { ref: ProductRef; $state: WritableAtom<ProductState> }>();
  /** The refs asked for in this tick, fetched together in the next microtask. */
  let batch: { refs: ProductRef[]; results: Promise<(Product | null)[]> } | undefined;

  function get(ref: ProductRef): Promise<Product> {
    let key: string;
    try {
      key = refKey(ref);
    } catch (err) {
      return Promise.reject(err);
    }
    const hit = cache.get(key);
    if (hit && hit.expires > options.now()) return hit.promise;
    if (!batch) {
      const refs: ProductRef[] = [];
      batch = {
        refs,
        results: Promise.resolve()
          .then(() => {
            batch = undefined;
            return adapter.getProducts(refs);
          })
          .catch((err: unknown) => {
            throw toShopletError(err);
          }),
      };
    }
    const i = batch.refs.push(ref) - 1;
    const entry = { expires: options.now() + options.ttlMs } as Entry;
    entry.promise = batch.results.then((results) => {
      const product = results[i];
      if (!product) {
        const asked = typeof ref === 'string' ? ref : ref.id;
        throw new ShopletError('not_found', `No product "${asked}" in this store. Check the handle or id.`, {
          field: 'product',
        });
      }
      entry.product = product;
      // A product fetched by handle is also known by id, and the reverse.
      const alias = typeof ref === 'string' ? idKey(product.id) : handleKey(product.handle);
      if (!cache.has(alias)) cache.set(alias, entry);
      return product;
    });
    // A failed lookup is asked again next time (this also keeps it from surfacing as unhandled).
    entry.promise.catch(() => cache.delete(key));
    cache.set(key, entry);
    return entry.promise;
  }

  function load(entry: { ref: ProductRef; $state: WritableAtom<ProductState> }): void {
    get(entry.ref).then(
      (product) => entry.$state.set({ status: 'ready', product }),
      (error) => entry.$state.set({ status: 'error', error: toShopletError(error) }),
    );
  }

  return {
    get,
    getMany: (refs) => Promise.all(refs.map((ref) => get(ref).catch(toShopletError))),
    store(ref) {
      const key = refKey(ref);
      let entry = stores.get(key);
      if (!entry) {
        entry = { ref, $state: atom<ProductState>({ status: 'loading' }) };
        stores.set(key, entry);
        load(entry);
      }
      return entry.$state;
    },
    findByVariant(variantId) {
      for (const entry of cache.values()) {
        if (entry.product?.variants.some((v) => v.id === variantId)) return entry.product;
      }
      return undefined;
    },
    invalidate() {
      cache.clear();
      // Elements keep the stores they were given: refill them (the old product shows until then).
      for (const entry of stores.values()) load(entry);
    },
  };
}
