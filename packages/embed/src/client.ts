// The page-wide client, built from the script tag's attributes. Each adapter has its own entry
// (client-vendure.ts, client-shopify.ts, client-memory.ts) that the loader imports with the first
// element: it carries that adapter's page-load code in the same file, and no other adapter's.
import { createShoplet, type Shoplet, type ShopletAdapter } from '@shoplet/core';
import { type AdapterSettings, type SettingName, setDefaultClient } from '@shoplet/elements/internal';
import type { EmbedConfig } from './types.js';

/**
 * How an error names a setting of the script tag: as its attribute (`data-endpoint is missing: …`).
 *
 * @example
 * vendure(vendureOptions(scriptTagSettings(config), dataAttribute));
 */
export const dataAttribute: SettingName = (field) => `data-${field}`;

/**
 * The adapter settings the script tag's `data-*` attributes give.
 *
 * @example
 * shopify(shopifyOptions(scriptTagSettings(config), dataAttribute));
 */
export function scriptTagSettings(config: EmbedConfig): AdapterSettings {
  return { endpoint: config.endpoint, domain: config.domain, token: config.token };
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
