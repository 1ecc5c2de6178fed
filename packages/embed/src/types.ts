import type { Shoplet } from '@shoplet/core';

/**
 * When the loader imports a tag's chunk: `visible` as it comes within about a viewport of the
 * screen, `present` as soon as it is in the page (providers such as `<shoplet-store>`, loaded
 * before the elements inside them), `with-others` together with the first element that loads
 * (the cart drawer, which is hidden until opened).
 *
 * @example
 * const when: LoadWhen = 'visible';
 */
export type LoadWhen = 'visible' | 'present' | 'with-others';

/**
 * The tag table the loader works from.
 *
 * @example
 * const chunks: ElementChunks = { 'shoplet-product': { when: 'visible', load: () => import('./product.js') } };
 */
export type ElementChunks = Record<string, { when: LoadWhen; load: () => Promise<unknown> }>;

/**
 * The lazily imported parts the script-tag entry hands to `boot`: the tag table, the client
 * builder and the trust features.
 *
 * @example
 * const parts: EmbedParts = {
 *   chunks: ELEMENT_CHUNKS,
 *   client: (adapter) => (adapter === 'shopify' ? import('./client-shopify.js') : import('./client-vendure.js')),
 *   trust: () => import('./trust.js'),
 * };
 */
export interface EmbedParts {
  chunks: ElementChunks;
  /** The client builder for the adapter the script tag names (`vendure`, `shopify` or `memory`). */
  client: (adapter: string) => Promise<{ startClient(config: EmbedConfig): Promise<Shoplet> }>;
  trust: () => Promise<{ applyTrust(shop: Shoplet, config: TrustConfig): unknown }>;
}

/**
 * What the script tag's `data-*` attributes configure.
 *
 * @example
 * const config: EmbedConfig = { adapter: 'vendure', endpoint: 'https://shop.example/shop-api', trust: {} };
 */
export interface EmbedConfig {
  /** `vendure`, `shopify` or `memory`; without it no page-wide client is made (use `<shoplet-store>`). */
  adapter?: string;
  endpoint?: string;
  domain?: string;
  token?: string;
  locale?: string;
  country?: string;
  /** `memory` only: URL of a JSON array of products. */
  products?: string;
  /** Nonce for the rare browser that needs `<style>` elements instead of constructable stylesheets. */
  nonce?: string;
  /** Trust and analytics options, applied after the first element loads; `false`: not loaded. */
  trust: TrustConfig | false;
}

/**
 * The trust and analytics attributes a script tag can set, as written: the loader only passes them
 * on, and the trust code (loaded after the first element) reads them, so their parsing and
 * messages cost the loader nothing.
 *
 * @example
 * const trust: TrustConfig = { requireConsent: 'true', analytics: 'datalayer' };
 */
export interface TrustConfig {
  /** `data-require-consent`: present (any value but `"false"`) turns analytics off until consent. */
  requireConsent?: string | undefined;
  /** `data-returns-summary`. */
  returnsSummary?: string | undefined;
  /** `data-returns-url`. */
  returnsUrl?: string | undefined;
  /** `data-analytics`: `"datalayer"`, or left out. */
  analytics?: string | undefined;
}
