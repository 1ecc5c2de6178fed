import type { EmbedConfig, TrustConfig } from './types.js';

/**
 * The `<script>` element that loaded this module. Module scripts have no `document.currentScript`,
 * so it is found by its URL; when a redirect changed the URL, the last script with
 * `data-adapter` (or one named `shoplet.js`) is taken instead.
 *
 * @example
 * const script = findOwnScript(import.meta.url);
 */
export function findOwnScript(url: string): HTMLScriptElement | null {
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
  return (
    scripts.find((s) => s.src === url) ??
    scripts.findLast((s) => s.hasAttribute('data-adapter') || /\/shoplet\.js(\?|$)/.test(s.src)) ??
    null
  );
}

const ADAPTERS = ['vendure', 'shopify', 'memory'];

/**
 * Reads the embed's options from the script tag's `data-*` attributes. A mistake is reported
 * with one console warning naming the attribute and the fix, and leaves the page without a
 * page-wide client rather than breaking it.
 *
 * @example
 * // <script type="module" src="/shoplet/shoplet.js" data-adapter="vendure" data-endpoint="/shop-api">
 * const config = readEmbedConfig(findOwnScript(import.meta.url));
 */
export function readEmbedConfig(script: HTMLScriptElement | null): EmbedConfig {
  const data = script?.dataset ?? {};
  const config: EmbedConfig = { trust: false };
  for (const key of ['adapter', 'endpoint', 'domain', 'token', 'locale', 'country', 'products', 'nonce'] as const) {
    const value = data[key]?.trim();
    if (value) config[key] = value;
  }
  // A nonce attribute on the script itself is honoured too (browsers hide it from getAttribute).
  if (!config.nonce && script?.nonce) config.nonce = script.nonce;
  if (config.adapter && !ADAPTERS.includes(config.adapter)) {
    console.warn(
      `[shoplet] data-adapter="${config.adapter}" is not supported: use "vendure", "shopify" or "memory". No shop is configured.`,
    );
    delete config.adapter;
  }
  if (data.trust !== 'off') {
    // Read by the trust code when it loads (applyTrust), so the loader carries no parsing.
    const { requireConsent, returnsSummary, returnsUrl, analytics } = data;
    config.trust = { requireConsent, returnsSummary, returnsUrl, analytics } satisfies TrustConfig;
  }
  return config;
}
