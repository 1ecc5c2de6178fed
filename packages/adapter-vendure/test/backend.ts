import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport, memoryStorage, type ShopletAdapter, type StorageLike } from '@shoplet/core';
import { type DemoBackend, startDemoBackend } from '@shoplet/demo-backend';
import { type VendureAdapterOptions, vendure } from '../src/index.js';

/**
 * Starts the demo backend for one test file on its own port and in its own temporary folder.
 *
 * @example
 * const backend = await startBackend(3201);
 */
export async function startBackend(port: number): Promise<DemoBackend & { cleanup(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), `shoplet-vendure-${port}-`));
  const backend = await startDemoBackend({ port, dataDir, reset: true });
  return {
    ...backend,
    async cleanup() {
      await backend.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A Vendure adapter initialised the way `createShoplet` does it, on the given storage.
 *
 * @example
 * const adapter = connect(backend.shopApi, storage);
 */
export function connect(
  shopApi: string,
  storage: StorageLike = memoryStorage(),
  options: Omit<VendureAdapterOptions, 'shopApi'> = {},
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
): ShopletAdapter {
  const adapter = vendure({ shopApi, ...options });
  adapter.init?.({
    transport: createTransport({ fetch: fetchImpl, retries: 0 }),
    storage,
    locale: 'en-GB',
    country: 'GB',
    currency: undefined,
    now: Date.now,
  });
  return adapter;
}

/**
 * How many units of a variant can still be sold, through the Admin API: stock on hand minus the
 * units allocated to placed orders (the Shop API only says in or out of stock).
 *
 * @example
 * await saleableStock(backend, 'ESC-400'); // 15
 */
export async function saleableStock(backend: DemoBackend, sku: string): Promise<number> {
  const login = await fetch(backend.adminApi, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(username: "superadmin", password: "superadmin") { ... on CurrentUser { id } } }',
    }),
  });
  const token = login.headers.get('vendure-auth-token');
  const res = await fetch(backend.adminApi, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query:
        'query($sku: String!) { productVariants(options: { filter: { sku: { eq: $sku } } }) { items { stockOnHand stockAllocated } } }',
      variables: { sku },
    }),
  });
  const json = (await res.json()) as {
    data: { productVariants: { items: { stockOnHand: number; stockAllocated: number }[] } };
  };
  const item = json.data.productVariants.items[0];
  if (!item) throw new Error(`No variant with SKU ${sku}`);
  return item.stockOnHand - item.stockAllocated;
}

/**
 * Sends one Shop API request in the session kept in `storage` (to do what a shopper might do in
 * another tab).
 *
 * @example
 * await inSession(backend.shopApi, storage, 'mutation { transitionOrderToState(state: "ArrangingPayment") { __typename } }');
 */
export async function inSession(shopApi: string, storage: StorageLike, query: string): Promise<unknown> {
  const token = storage.getItem(`vendure-auth-token:${new URL(shopApi).toString()}`);
  if (!token) throw new Error('no session in this storage');
  const res = await fetch(shopApi, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return res.json();
}

/**
 * A fetch that records the GraphQL operations it sends, to assert on batching.
 *
 * @example
 * const { fetch, operations } = recordingFetch();
 */
export function recordingFetch(): { fetch: typeof fetch; operations: string[] } {
  const operations: string[] = [];
  const record: typeof fetch = async (input, init) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { query: string }) : { query: '' };
    operations.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? 'anonymous');
    return fetch(input, init);
  };
  return { fetch: record, operations };
}
