import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryStorage, type ShopletAdapter, type StorageLike } from '@shoplet/core';
import { type DemoBackend, startDemoBackend } from '@shoplet/demo-backend';
import { type VendureAdapterOptions, vendure } from '../src/index.js';

const TEMPLATE_DIR = join(tmpdir(), 'shoplet-vendure-test-template');
const TEMPLATE_LOCK = `${TEMPLATE_DIR}.lock`;
const TEMPLATE_PORT = 3200;

/**
 * A seeded data folder shared by the test files: the first file to get here seeds it (or checks
 * that the copy from an earlier run still matches the catalog), the others wait, and each file then
 * runs on its own copy. Seeding takes ~10 s; starting on a copy ~3 s.
 */
async function seededTemplate(): Promise<string> {
  for (let waited = 0; ; waited += 250) {
    try {
      await mkdir(TEMPLATE_LOCK);
    } catch {
      // Another file is seeding. A lock left by a crashed run is taken over after 3 minutes.
      const lock = await stat(TEMPLATE_LOCK).catch(() => null);
      if (lock && Date.now() - lock.mtimeMs > 180_000) await rm(TEMPLATE_LOCK, { recursive: true, force: true });
      if (waited > 150_000) throw new Error(`Timed out waiting for ${TEMPLATE_LOCK}`);
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      if (!existsSync(join(TEMPLATE_DIR, 'checked'))) {
        const backend = await startDemoBackend({ port: TEMPLATE_PORT, dataDir: TEMPLATE_DIR });
        await backend.stop();
        await writeFile(join(TEMPLATE_DIR, 'checked'), String(process.ppid));
      }
      // The mark holds for one test run (one parent process): the next run checks the catalog again.
      if ((await readFile(join(TEMPLATE_DIR, 'checked'), 'utf8')) !== String(process.ppid)) {
        await rm(join(TEMPLATE_DIR, 'checked'));
        continue;
      }
      return TEMPLATE_DIR;
    } finally {
      await rm(TEMPLATE_LOCK, { recursive: true, force: true });
    }
  }
}

/**
 * Starts the demo backend for one test file on its own port and its own copy of a seeded
 * database, in a temporary folder removed by `cleanup()`.
 *
 * @example
 * const backend = await startBackend(3201);
 */
export async function startBackend(port: number): Promise<DemoBackend & { cleanup(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), `shoplet-vendure-${port}-`));
  await cp(await seededTemplate(), dataDir, { recursive: true, filter: (source) => !source.endsWith('checked') });
  const backend = await startDemoBackend({ port, dataDir });
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
  now: () => number = Date.now,
): ShopletAdapter {
  const adapter = vendure({ shopApi, ...options });
  adapter.init?.({
    fetch: fetchImpl,
    retries: 0,
    storage,
    locale: 'en-GB',
    country: 'GB',
    currency: undefined,
    now,
  });
  return adapter;
}

/**
 * Runs an Admin API query as the seeded superadmin and returns its data.
 *
 * @example
 * const { orders } = await adminQuery<{ orders: { items: { code: string }[] } }>(backend, '{ orders { items { code } } }');
 */
export async function adminQuery<T>(
  backend: Pick<DemoBackend, 'adminApi'>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
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
    body: JSON.stringify({ query, variables }),
  });
  return ((await res.json()) as { data: T }).data;
}

/**
 * How many units of a variant can still be sold, through the Admin API: stock on hand minus the
 * units allocated to placed orders (the Shop API only says in or out of stock).
 *
 * @example
 * await saleableStock(backend, 'ESC-400'); // 15
 */
export async function saleableStock(backend: DemoBackend, sku: string): Promise<number> {
  const data = await adminQuery<{ productVariants: { items: { stockOnHand: number; stockAllocated: number }[] } }>(
    backend,
    'query($sku: String!) { productVariants(options: { filter: { sku: { eq: $sku } } }) { items { stockOnHand stockAllocated } } }',
    { sku },
  );
  const item = data.productVariants.items[0];
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
