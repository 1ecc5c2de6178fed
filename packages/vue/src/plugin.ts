import type { Shoplet } from '@shoplet/core';
import type { App } from 'vue';
import { shopletKey } from './composables.js';

/**
 * Whether Vue should leave a tag to the browser as a custom element: every `shoplet-*` tag. Give
 * it to the template compiler of a build (`@vitejs/plugin-vue`'s `template.compilerOptions`).
 *
 * @example
 * vue({ template: { compilerOptions: { isCustomElement: isShopletElement } } })
 */
export const isShopletElement = (tag: string): boolean => tag.startsWith('shoplet-');

/** Options of {@link ShopletPlugin}. */
export interface ShopletPluginOptions {
  /** The client the composables use in this app (else the page's default client). */
  client?: Shoplet;
}

/**
 * Registers the `shoplet-*` tags as custom elements for templates compiled in the browser, and
 * provides a client to the composables.
 *
 * @example
 * createApp(App).use(ShopletPlugin, { client: shop }).mount('#app');
 */
export const ShopletPlugin = {
  install(app: App, options: ShopletPluginOptions = {}): void {
    const other = app.config.compilerOptions.isCustomElement;
    app.config.compilerOptions.isCustomElement = (tag) => isShopletElement(tag) || (other?.(tag) ?? false);
    if (options.client) app.provide(shopletKey, options.client);
  },
};
