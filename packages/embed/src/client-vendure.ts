// The page-wide client on Vendure (`data-adapter="vendure"`), with the adapter's page-load code.
import { vendure } from '@shoplet/adapter-vendure';
import type { Shoplet } from '@shoplet/core';
import { vendureOptions } from '@shoplet/elements/internal';
import { dataAttribute, scriptTagSettings, startWith } from './client.js';
import type { EmbedConfig } from './types.js';

/**
 * Builds the Vendure client the script tag describes and makes it the page default.
 *
 * @example
 * const shop = await startClient({ adapter: 'vendure', endpoint: '/shop-api', trust: false });
 */
export async function startClient(config: EmbedConfig): Promise<Shoplet> {
  return startWith(vendure(vendureOptions(scriptTagSettings(config), dataAttribute)), config);
}
