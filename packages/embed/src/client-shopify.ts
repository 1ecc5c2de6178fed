// The page-wide client on Shopify (`data-adapter="shopify"`), with the adapter's page-load code.
import { shopify } from '@shoplet/adapter-shopify';
import type { Shoplet } from '@shoplet/core';
import { need, startWith } from './client.js';
import type { EmbedConfig } from './types.js';

/**
 * Builds the Shopify client the script tag describes and makes it the page default.
 *
 * @example
 * const shop = await startClient({ adapter: 'shopify', domain: 'brand.myshopify.com', token: 'public', trust: false });
 */
export async function startClient(config: EmbedConfig): Promise<Shoplet> {
  const domain = need(config.domain, 'domain', 'set it to the shop domain (brand.myshopify.com).');
  const token = need(config.token, 'token', 'set it to a public Storefront API access token.');
  return startWith(shopify({ domain, token }), config);
}
