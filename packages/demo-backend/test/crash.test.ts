// The demo backend killed with SIGKILL in the middle of a burst of writes must start again with its
// data: the database file is replaced atomically, never rewritten in place.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWholeDatabase, recoverDatabase } from '../src/database-file.js';
import { graphqlClient, guestCheckout, variantId } from './graphql.js';

const PORT = 3152;
const bin = join(import.meta.dirname, '../bin/demo-backend.mjs');
let dataDir: string;
let child: ChildProcess | undefined;

function startBackend(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [bin, '--port', String(PORT), '--data-dir', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('ready in')) resolve(proc);
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    proc.on('exit', (code) => reject(new Error(`demo backend exited with ${code} before it was ready:\n${output}`)));
  });
}

function kill(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.on('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'shoplet-demo-crash-'));
});

afterAll(async () => {
  if (child && child.exitCode === null) await kill(child);
  await rm(dataDir, { recursive: true, force: true });
});

describe('a backend killed during writes', () => {
  it('starts again with every order that was confirmed before the kill', { timeout: 180_000 }, async () => {
    const shopApi = `http://127.0.0.1:${PORT}/shop-api`;
    const placed: string[] = [];
    for (const killAfterMs of [150, 400, 900]) {
      child = await startBackend();
      const shop = graphqlClient(shopApi);
      const mug = await variantId(shop, 'harbour-stoneware-mug', 'HSM-OAT');
      const order = await guestCheckout(shop, [{ id: mug, quantity: 1 }]);
      placed.push(order.code);
      // A burst of writes from several shoppers, cut by SIGKILL while it is under way.
      const burst = Array.from({ length: 6 }, async () => {
        const shopper = graphqlClient(shopApi);
        for (let i = 0; i < 20; i++) {
          await shopper('mutation($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 1) { __typename } }', {
            id: mug,
          }).catch(() => undefined);
        }
      });
      await new Promise((resolve) => setTimeout(resolve, killAfterMs));
      await kill(child);
      await Promise.allSettled(burst);
      const files = await readdir(dataDir);
      const database = files.find((f) => /^shop-[0-9a-f]+\.sqlite$/.test(f));
      expect(database, `files after the kill: ${files.join(', ')}`).toBeDefined();
    }
    child = await startBackend();
    const admin = graphqlClient(`http://127.0.0.1:${PORT}/admin-api`);
    await admin('mutation { login(username: "superadmin", password: "superadmin") { __typename } }');
    const { orders } = await admin('{ orders(options: { take: 100 }) { items { code state } } }');
    const codes = (orders.items as { code: string; state: string }[])
      .filter((o) => o.state === 'PaymentSettled')
      .map((o) => o.code);
    expect(codes).toEqual(expect.arrayContaining(placed));
    await kill(child);
  });
});

describe('recoverDatabase', () => {
  it('restores the last whole copy when the database was left empty or cut short', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shoplet-db-recover-'));
    try {
      const file = join(dir, 'shop.sqlite');
      const whole = sqliteImage(4);
      await writeFile(`${file}.bak`, whole);
      await writeFile(file, '');
      expect(await recoverDatabase(file)).toBe('restored');
      expect(isWholeDatabase(file)).toBe(true);

      await writeFile(file, whole.subarray(0, 4096 + 100));
      expect(isWholeDatabase(file)).toBe(false);
      expect(await recoverDatabase(file)).toBe('restored');

      await rm(`${file}.bak`);
      await writeFile(file, 'not a database');
      expect(await recoverDatabase(file)).toBe('discarded');
      expect((await readdir(dir)).some((f) => f.startsWith('shop.sqlite.broken-'))).toBe(true);
      expect(await recoverDatabase(file)).toBe('missing');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** The bytes of a SQLite file with `pages` pages of 4096 bytes (header fields only). */
function sqliteImage(pages: number): Buffer {
  const image = Buffer.alloc(4096 * pages);
  image.write('SQLite format 3\0', 0, 'latin1');
  image.writeUInt16BE(4096, 16);
  image.writeUInt32BE(pages, 28);
  return image;
}
