import type { Shoplet } from '@shoplet/core';

/**
 * What the script tag puts on `window.shoplet`: the client once it exists (with trust features
 * when they are on), and a way to load a tag's code ahead of time.
 *
 * @example
 * const shop = await window.shoplet?.ready;
 * shop?.on('cart:add', ({ quantity }) => console.log('added', quantity));
 */
export interface ShopletPageApi {
  /** The loader's version. */
  readonly version: string;
  /** The page-wide client, once the first element has loaded; `undefined` without `data-adapter`. */
  readonly ready: Promise<Shoplet | undefined>;
  /** Imports a tag's code now, whether or not it is on screen. */
  load(tag: string): Promise<unknown>;
  /** The tags this copy of the loader knows. */
  readonly tags: readonly string[];
}

declare global {
  interface Window {
    shoplet?: ShopletPageApi;
  }
  interface DocumentEventMap {
    'shoplet-ready': CustomEvent<{ client: Shoplet }>;
  }
}
