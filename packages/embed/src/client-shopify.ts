// The page-wide client on Shopify (`data-adapter="shopify"`), with the adapter's page-load code.
import { shopify } from '@shoplet/adapter-shopify';
import type { Shoplet } from '@shoplet/core';
import { shopifyOptions } from '@shoplet/elements/internal';
import { dataAttribute, scriptTagSettings, startWith } from './client.js';
import type { EmbedConfig } from './types.js';

/**
 * Builds the Shopify client the script tag describes and makes it the page default.
 *
 * @example
 * const shop = await startClient({ adapter: 'shopify', domain: 'brand.myshopify.com', token: 'public', trust: false });
 */
export async function startClient(config: EmbedConfig): Promise<Shoplet> {
  return startWith(shopify(shopifyOptions(scriptTagSettings(config), dataAttribute)), config);
}
