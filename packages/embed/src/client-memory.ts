// The page-wide client on the in-memory adapter (`data-adapter="memory"`, demos and tests), with
// its products read from `data-products`.
import type { Product, Shoplet } from '@shoplet/core';
import { memoryAdapter } from '@shoplet/core/testing';
import { startWith } from './client.js';
import type { EmbedConfig } from './types.js';

/**
 * Builds the in-memory client the script tag describes and makes it the page default.
 *
 * @example
 * const shop = await startClient({ adapter: 'memory', products: '/products.json', trust: false });
 */
export async function startClient(config: EmbedConfig): Promise<Shoplet> {
  let products: Product[] = [];
  if (config.products) {
    const response = await fetch(config.products);
    if (!response.ok)
      throw new Error(
        `data-products="${config.products}" answered ${response.status}: point it at a JSON array of products.`,
      );
    products = (await response.json()) as Product[];
  }
  return startWith(memoryAdapter({ products }), config);
}
