// Trust and analytics for script-tag pages, loaded after the first element so it never delays it.
import type { Shoplet } from '@shoplet/core';
import { type ShopletWithTrust, type TrustOptions, withTrust } from '@shoplet/core/trust';
import type { TrustConfig } from './types.js';

/**
 * Adds attribution, consent, analytics, delivery estimates and the return policy to the page's
 * client, configured from the script tag (`data-require-consent`, `data-returns-summary`,
 * `data-returns-url`, `data-analytics="datalayer"`).
 *
 * @example
 * const shop = applyTrust(client, { requireConsent: 'true', analytics: 'datalayer' });
 * shop.consent.grant('analytics');
 */
export function applyTrust(shop: Shoplet, config: TrustConfig): ShopletWithTrust {
  const options: TrustOptions = {};
  if (config.requireConsent !== undefined) options.requireConsent = config.requireConsent !== 'false';
  if (config.returnsSummary) {
    options.returns = {
      summary: config.returnsSummary,
      ...(config.returnsUrl ? { url: config.returnsUrl } : {}),
    };
  }
  if (config.analytics === 'datalayer') {
    const page = globalThis as { dataLayer?: unknown[] };
    page.dataLayer ??= [];
    options.analytics = { sinks: { dataLayer: page.dataLayer } };
  } else if (config.analytics) {
    console.warn(`[shoplet] data-analytics="${config.analytics}" is not supported: use "datalayer" or leave it out.`);
  }
  return withTrust(shop, options);
}
