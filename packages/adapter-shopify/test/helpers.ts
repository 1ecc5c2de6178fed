import { type AdapterContext, createTransport, memoryStorage, type ShopletAdapter } from '@shoplet/core';

/**
 * Starts an adapter the way createShoplet does (init with a context), with a transport that retries
 * without waiting so throttling tests stay fast. fetch is looked up per call so msw intercepts it.
 */
export function started<A extends ShopletAdapter>(adapter: A, ctx: Partial<AdapterContext> = {}): A {
  adapter.init?.({
    transport: createTransport({ fetch: (input, init) => fetch(input, init), sleep: async () => {} }),
    storage: memoryStorage(),
    locale: 'en-GB',
    country: 'GB',
    currency: undefined,
    now: Date.now,
    ...ctx,
  });
  return adapter;
}
