import type { Shoplet } from '@shoplet/core';
import { readEmbedConfig } from './config.js';
import { type Loader, startLoader } from './loader.js';
import type { ShopletPageApi } from './page-api.js';
import type { EmbedConfig, EmbedParts } from './types.js';

const VERSION = '0.1.0';

function startClientWith(
  parts: EmbedParts,
  config: EmbedConfig,
  first: Promise<unknown>,
): Promise<Shoplet | undefined> {
  if (!config.adapter) return Promise.resolve(undefined);
  const client = parts.client(config.adapter).then((m) => m.startClient(config));
  return Promise.all([client, first]).then(async ([shop]) => {
    if (config.trust) {
      // Trust and analytics wait for the first element and an idle moment: never on the first load.
      await new Promise((resolve) => (globalThis.requestIdleCallback ?? setTimeout)(resolve));
      const { applyTrust } = await parts.trust();
      applyTrust(shop, config.trust);
    }
    document.dispatchEvent(new CustomEvent('shoplet-ready', { detail: { client: shop } }));
    return shop;
  });
}

/**
 * Starts the script-tag embed from its `<script>` element: configures the page-wide client from
 * the `data-*` attributes and loads each element's code as it nears the screen. A second copy on
 * the page warns once and only takes the tags the first does not know.
 *
 * @example
 * boot(findOwnScript(import.meta.url), {
 *   chunks: ELEMENT_CHUNKS,
 *   client: (adapter) => (adapter === 'shopify' ? import('./client-shopify.js') : import('./client-vendure.js')),
 *   trust: () => import('./trust.js'),
 * });
 */
export function boot(script: HTMLScriptElement | null, parts: EmbedParts): ShopletPageApi {
  const { chunks } = parts;
  const page = window as Window & { __shopletCopies?: number };
  const first = page.shoplet;
  if (first) {
    page.__shopletCopies = (page.__shopletCopies ?? 1) + 1;
    if (page.__shopletCopies === 2) {
      console.warn(
        `[shoplet] Shoplet is loaded twice on this page (${first.version} and ${VERSION}); the first copy serves it. Remove one script tag.`,
      );
    }
    const missing = Object.fromEntries(Object.entries(chunks).filter(([tag]) => !first.tags.includes(tag)));
    startLoader({ chunks: missing });
    return first;
  }

  const config = readEmbedConfig(script);
  // Lit reads this only where constructable stylesheets are missing and it must write <style>.
  if (config.nonce) (globalThis as { litNonce?: string }).litNonce ??= config.nonce;

  let resolveReady!: (shop: Shoplet | undefined) => void;
  const ready = new Promise<Shoplet | undefined>((resolve) => (resolveReady = resolve));
  const loader: Loader = startLoader({
    chunks,
    onFirstLoad(firstChunk) {
      startClientWith(parts, config, firstChunk).then(resolveReady, (err: unknown) => {
        console.error(`[shoplet] ${err instanceof Error ? err.message : String(err)}`);
        resolveReady(undefined);
      });
    },
  });
  const api: ShopletPageApi = { version: VERSION, ready, load: loader.load, tags: Object.keys(chunks) };
  page.shoplet = api;
  return api;
}
