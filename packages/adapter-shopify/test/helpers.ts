import { type AdapterContext, createTransport, type ShopletAdapter, type StorageLike } from '@shoplet/core';

export function memoryStorage(): StorageLike {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

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
