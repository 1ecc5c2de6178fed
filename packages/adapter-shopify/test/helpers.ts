import { memoryStorage, type ShopletAdapter } from '@shoplet/core';
import { createTransport } from '@shoplet/core/internal';

/**
 * Starts an adapter the way createShoplet does (init with a context), with a transport that retries
 * without waiting so throttling tests stay fast. fetch is looked up per call so msw intercepts it.
 */
export function started<A extends ShopletAdapter>(
  adapter: A,
  market: { country?: string | undefined; locale?: string } = {},
): A {
  const fetchViaMsw: typeof fetch = (input, init) => fetch(input, init);
  adapter.init?.({
    fetch: fetchViaMsw,
    transport: createTransport({ fetch: fetchViaMsw, sleep: async () => {} }),
    storage: memoryStorage(),
    locale: market.locale ?? 'en-GB',
    country: 'country' in market ? market.country : 'GB',
    currency: undefined,
    now: Date.now,
  });
  return adapter;
}
