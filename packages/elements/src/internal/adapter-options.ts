import { ShopletError } from '@shoplet/core';

/**
 * The settings an adapter is built from, as `<shoplet-store>` attributes or the script tag's
 * `data-*` attributes give them.
 *
 * @example
 * const settings: AdapterSettings = { endpoint: '/shop-api', domain: undefined, token: undefined };
 */
export interface AdapterSettings {
  endpoint: string | undefined;
  domain: string | undefined;
  token: string | undefined;
}

/**
 * How an error names a setting where the page wrote it: `the endpoint attribute` on
 * `<shoplet-store>`, `data-endpoint` on the script tag.
 *
 * @example
 * const attribute: SettingName = (field) => `the ${field} attribute`;
 */
export type SettingName = (field: string) => string;

/**
 * A required setting's value, or an `invalid_config` error that names the setting and the fix.
 *
 * @example
 * const shopApi = need(settings.endpoint, 'endpoint', 'set it to the Vendure Shop API URL (…/shop-api).', name);
 */
export function need(value: string | undefined, field: string, fix: string, name: SettingName): string {
  if (!value) throw new ShopletError('invalid_config', `${name(field)} is missing: ${fix}`, { field });
  return value;
}

/**
 * The options of `vendure()` from the page's settings.
 *
 * @example
 * vendure(vendureOptions({ endpoint: '/shop-api', domain: undefined, token: undefined }, name));
 */
export function vendureOptions(
  settings: AdapterSettings,
  name: SettingName,
): { shopApi: string; channelToken?: string } {
  const shopApi = need(settings.endpoint, 'endpoint', 'set it to the Vendure Shop API URL (…/shop-api).', name);
  return { shopApi, ...(settings.token ? { channelToken: settings.token } : {}) };
}

/**
 * The options of `shopify()` from the page's settings.
 *
 * @example
 * shopify(shopifyOptions({ endpoint: undefined, domain: 'brand.myshopify.com', token: 'public' }, name));
 */
export function shopifyOptions(settings: AdapterSettings, name: SettingName): { domain: string; token: string } {
  return {
    domain: need(settings.domain, 'domain', 'set it to the shop domain (brand.myshopify.com).', name),
    token: need(settings.token, 'token', 'set it to a public Storefront API access token.', name),
  };
}
