// The page-wide client, built from the script tag's attributes. Each adapter has its own entry
// (client-vendure.ts, client-shopify.ts, client-memory.ts) that the loader imports with the first
// element: it carries that adapter's page-load code in the same file, and no other adapter's.
import { createShoplet, type Shoplet, type ShopletAdapter, ShopletError } from '@shoplet/core';
import { setDefaultClient } from '../../elements/src/internal/default-client.js';
import type { EmbedConfig } from './types.js';

/**
 * A required `data-*` attribute's value, or `invalid_config` naming the attribute and the fix.
 *
 * @example
 * const shopApi = need(config.endpoint, 'endpoint', 'set it to the Vendure Shop API URL (…/shop-api).');
 */
export function need(value: string | undefined, field: string, fix: string): string {
  if (!value) throw new ShopletError('invalid_config', `data-${field} is missing: ${fix}`, { field });
  return value;
}

/**
 * Builds the client around `adapter` with the script tag's locale and country, and makes it the
 * page default, so every element outside a `<shoplet-store>` uses it.
 *
 * @example
 * const shop = startWith(vendure({ shopApi: '/shop-api' }), { adapter: 'vendure', trust: false });
 */
export function startWith(adapter: ShopletAdapter, config: EmbedConfig): Shoplet {
  const shop = createShoplet({
    adapter,
    ...(config.locale ? { locale: config.locale } : {}),
    ...(config.country ? { country: config.country } : {}),
  });
  setDefaultClient(shop);
  return shop;
}
