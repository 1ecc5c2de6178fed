// The page-wide client, built from the script tag's attributes. Loaded with the first element.
import { createShoplet, type Product, type Shoplet } from '@shoplet/core';
import { setDefaultClient } from '../../elements/src/internal/default-client.js';
import { createAdapter } from '../../elements/src/store/adapters.js';
import type { EmbedConfig } from './types.js';

async function fetchProducts(url: string): Promise<Product[]> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`data-products="${url}" answered ${response.status}: point it at a JSON array of products.`);
  return (await response.json()) as Product[];
}

/**
 * Builds the client the script tag describes and makes it the page default, so every element
 * outside a `<shoplet-store>` uses it. Adapter code loads only for the adapter named.
 *
 * @example
 * const shop = await startClient({ adapter: 'vendure', endpoint: '/shop-api', trust: false });
 */
export async function startClient(config: EmbedConfig): Promise<Shoplet> {
  const products = config.adapter === 'memory' && config.products ? await fetchProducts(config.products) : undefined;
  const adapter = await createAdapter({
    adapter: config.adapter,
    endpoint: config.endpoint,
    domain: config.domain,
    token: config.token,
    products,
  });
  const shop = createShoplet({
    adapter,
    ...(config.locale ? { locale: config.locale } : {}),
    ...(config.country ? { country: config.country } : {}),
  });
  setDefaultClient(shop);
  return shop;
}
