import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DemoBackend, startDemoBackend } from '../src/index.js';
import { adminClient, graphqlClient, guestCheckout, saleableStock, variantId } from './graphql.js';

const PORT = 3151;
let dataDir: string;
let backend: DemoBackend | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'shoplet-demo-restart-'));
});

afterAll(async () => {
  await backend?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

it('names the port when it is already taken', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(PORT, '127.0.0.1', resolve));
  try {
    await expect(startDemoBackend({ port: PORT, dataDir })).rejects.toThrow(
      `port ${PORT} on 127.0.0.1 is already in use; pass another "port"`,
    );
  } finally {
    await new Promise((resolve) => blocker.close(resolve));
  }
});

it('reuses the database on restart, keeping orders and stock, and re-seeds on reset', async () => {
  backend = await startDemoBackend({ port: PORT, dataDir });
  expect(backend.seeded).toBe(true);
  const shop = graphqlClient(backend.shopApi);
  const before = await saleableStock(await adminClient(backend.adminApi), 'DSB-1');
  const order = await guestCheckout(shop, [
    { id: await variantId(shop, 'driftwood-serving-board', 'DSB-1'), quantity: 3 },
  ]);
  expect(order.state).toBe('PaymentSettled');
  await backend.stop();
  backend = undefined;

  const files = await readdir(dataDir);
  expect(files.filter((f) => f.endsWith('.sqlite'))).toHaveLength(1);

  backend = await startDemoBackend({ port: PORT, dataDir });
  expect(backend.seeded).toBe(false);
  const admin = await adminClient(backend.adminApi);
  expect(await saleableStock(admin, 'DSB-1')).toBe(before - 3);
  const { orders } = await admin('{ orders { items { code state } } }');
  expect(orders.items).toContainEqual({ code: order.code, state: 'PaymentSettled' });
  const { promotions } = await admin('{ promotions { items { couponCode } } }');
  expect(promotions.items).toEqual([{ couponCode: 'WELCOME10' }]);
  await backend.stop();
  backend = undefined;

  backend = await startDemoBackend({ port: PORT, dataDir, reset: true });
  expect(backend.seeded).toBe(true);
  const fresh = await adminClient(backend.adminApi);
  expect(await saleableStock(fresh, 'DSB-1')).toBe(before);
  expect((await fresh('{ orders { totalItems } }')).orders.totalItems).toBe(0);
}, 180_000); // three server starts, two of them seeding
