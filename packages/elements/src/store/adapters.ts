import { type Product, type ShopletAdapter, ShopletError } from '@shoplet/core';

/**
 * What `<shoplet-store>` reads from its attributes to build an adapter.
 *
 * @example
 * const config: StoreConfig = { adapter: 'vendure', endpoint: '/shop-api' };
 */
export interface StoreConfig {
  adapter: string | undefined;
  endpoint: string | undefined;
  domain: string | undefined;
  token: string | undefined;
  products: Product[] | undefined;
}

function need(value: string | undefined, field: string, fix: string): string {
  if (!value) throw new ShopletError('invalid_config', `the ${field} attribute is missing: ${fix}`, { field });
  return value;
}

/**
 * Builds the adapter a store's attributes describe. Adapter packages load only when used, so a
 * page on Vendure never downloads the Shopify adapter.
 *
 * @example
 * const adapter = await createAdapter({ adapter: 'shopify', domain: 'brand.myshopify.com', token: 'public' });
 */
export async function createAdapter(config: StoreConfig): Promise<ShopletAdapter> {
  switch (config.adapter) {
    case 'vendure': {
      const shopApi = need(config.endpoint, 'endpoint', 'set it to the Vendure Shop API URL (…/shop-api).');
      const { vendure } = await import('@shoplet/adapter-vendure');
      return vendure({ shopApi, ...(config.token ? { channelToken: config.token } : {}) });
    }
    case 'shopify': {
      const domain = need(config.domain, 'domain', 'set it to the shop domain (brand.myshopify.com).');
      const token = need(config.token, 'token', 'set it to a public Storefront API access token.');
      const { shopify } = await import('@shoplet/adapter-shopify');
      return shopify({ domain, token });
    }
    case 'memory': {
      const { memoryAdapter } = await import('@shoplet/core/testing');
      return memoryAdapter({ products: config.products ?? [] });
    }
    default:
      throw new ShopletError(
        'invalid_config',
        `adapter="${config.adapter ?? ''}" is not supported: use "vendure", "shopify" or "memory", or set the client property.`,
        { field: 'adapter' },
      );
  }
}
