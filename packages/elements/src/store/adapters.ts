import { type Product, type ShopletAdapter, ShopletError } from '@shoplet/core';
import { type AdapterSettings, shopifyOptions, vendureOptions } from '../internal/adapter-options.js';

/**
 * What `<shoplet-store>` reads from its attributes to build an adapter.
 *
 * @example
 * const config: StoreConfig = { adapter: 'vendure', endpoint: '/shop-api', domain: undefined, token: undefined, products: undefined };
 */
export interface StoreConfig extends AdapterSettings {
  adapter: string | undefined;
  products: Product[] | undefined;
}

const attribute = (field: string) => `the ${field} attribute`;

/**
 * Builds the adapter a store's attributes describe. The adapter packages are optional peer
 * dependencies, so each is imported only when a store names it.
 *
 * @example
 * const adapter = await createAdapter({ adapter: 'shopify', domain: 'brand.myshopify.com', token: 'public', endpoint: undefined, products: undefined });
 */
export async function createAdapter(config: StoreConfig): Promise<ShopletAdapter> {
  switch (config.adapter) {
    case 'vendure': {
      const options = vendureOptions(config, attribute);
      const { vendure } = await import('@shoplet/adapter-vendure');
      return vendure(options);
    }
    case 'shopify': {
      const options = shopifyOptions(config, attribute);
      const { shopify } = await import('@shoplet/adapter-shopify');
      return shopify(options);
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
