import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import {
  bootstrap,
  DefaultSearchPlugin,
  defaultOrderProcess,
  JobQueueService,
  mergeConfig,
  type VendureConfig,
} from '@vendure/core';
import { createTestEnvironment, registerInitializer, SimpleGraphQLClient, testConfig } from '@vendure/testing';
import { ASSETS_ROUTE, LocalFolderAssetStorage, OriginalAsPreview, serveAssets } from './asset-storage.js';
import { demoCatalog } from './catalog.js';
import { catalogToCsv } from './catalog-csv.js';
import { demoCustomFields } from './custom-fields.js';
import { backupOf, recoverDatabase } from './database-file.js';
import { demoPaymentHandler } from './demo-payment.js';
import { demoInitialData } from './initial-data.js';
import { rememberPayingSession, SameSessionOrderAccess } from './order-access.js';
import { finishSeeding } from './post-seed.js';
import {
  PACKAGE_DIR,
  PRODUCT_IMAGES_DIR,
  restoreSeedTemplate,
  saveSeedTemplate,
  seedFingerprint,
} from './seed-template.js';
import { SqljsFileInitializer } from './sqljs-file.js';

/**
 * Options of {@link startDemoBackend}.
 *
 * @example
 * ```ts
 * const options: DemoBackendOptions = { port: 3160, dataDir: '/tmp/shop', reset: true };
 * ```
 */
export interface DemoBackendOptions {
  /** TCP port. Default 3100. Give each test file its own. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1` (never exposed to the network). */
  host?: string;
  /** Folder for the SQLite file and stored assets. Default `packages/demo-backend/data`. */
  dataDir?: string;
  /** Delete the stored database first and seed again. Default false. */
  reset?: boolean;
}

/**
 * A running demo backend, as resolved by {@link startDemoBackend}.
 *
 * @example
 * ```ts
 * const backend: DemoBackend = await startDemoBackend();
 * console.log(backend.shopApi); // http://127.0.0.1:3100/shop-api
 * ```
 */
export interface DemoBackend {
  /** Base URL, e.g. `http://127.0.0.1:3100`. */
  url: string;
  /** Shop API endpoint, e.g. `http://127.0.0.1:3100/shop-api`. */
  shopApi: string;
  /** Admin API endpoint (superadmin / superadmin). */
  adminApi: string;
  /** Channel token of the default channel (optional on requests: the default channel is used without it). */
  channelToken: string;
  /** True when this start created a fresh, freshly seeded database (seeded here or copied from the seed cache). */
  seeded: boolean;
  /** Folder holding the database file and assets. */
  dataDir: string;
  /** Stops the server; resolves once the port is free. Calling it again returns the same promise. */
  stop(): Promise<void>;
}

// Vendure keeps its active config, the test initializer and the strategy instances of its
// default config in module-level singletons, so one process runs one demo backend at a time.
// Starts are queued; a second running backend is refused with a clear error.
let startQueue: Promise<unknown> = Promise.resolve();
let running: { url: string } | undefined;

/**
 * Starts a real Vendure 3 server (SQLite through sql.js) with the Shoplet demo catalog.
 * The first start on a machine seeds a database (~10 s) and keeps a copy in the seed cache; a
 * first start in another `dataDir` copies it (~3 s). Later starts reuse the database, including
 * orders placed meanwhile. A changed catalog or seeding step gets a fresh database automatically.
 * One process runs one backend at a time (Vendure keeps process-wide state): give each test
 * file its own port and `dataDir`.
 *
 * @example
 * ```ts
 * const backend = await startDemoBackend({ port: 3101, dataDir: await mkdtemp(join(tmpdir(), 'shop-')) });
 * const res = await fetch(backend.shopApi, {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ query: '{ products { totalItems } }' }),
 * });
 * await backend.stop();
 * ```
 */
export function startDemoBackend(options: DemoBackendOptions = {}): Promise<DemoBackend> {
  const run = startQueue.then(() => start(options));
  startQueue = run.catch(() => undefined);
  return run;
}

/** Before seeding: drop assets and databases of earlier catalog versions. */
async function clearDataDir(dataDir: string): Promise<void> {
  await rm(join(dataDir, 'assets'), { recursive: true, force: true });
  const files = await readdir(dataDir).catch(() => [] as string[]);
  await Promise.all(
    files
      .filter((f) => /^shop-[0-9a-f]+\.sqlite(\.bak|\.tmp|\.broken-\d+)?$/.test(f))
      .map((f) => rm(join(dataDir, f), { force: true })),
  );
}

function validate(options: DemoBackendOptions) {
  const { port = 3100, host = '127.0.0.1', reset = false } = options;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new TypeError(`startDemoBackend: "port" must be an integer from 1 to 65535, got ${String(port)}.`);
  }
  if (typeof host !== 'string' || host === '') {
    throw new TypeError('startDemoBackend: "host" must be a non-empty string such as "127.0.0.1".');
  }
  if (options.dataDir !== undefined && (typeof options.dataDir !== 'string' || options.dataDir === '')) {
    throw new TypeError(
      'startDemoBackend: "dataDir" must be a folder path; omit it to use packages/demo-backend/data.',
    );
  }
  return { port, host, reset, dataDir: resolve(options.dataDir ?? join(PACKAGE_DIR, 'data')) };
}

/** Fails fast (before Vendure touches any shared state) when the port is taken. */
function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`startDemoBackend: port ${port} on ${host} is already in use; pass another "port".`)
          : error,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolvePort()));
  });
}

async function start(options: DemoBackendOptions): Promise<DemoBackend> {
  // Vendure 3.6+ reports usage to telemetry.vendure.io on startup; a local demo must stay offline.
  process.env.VENDURE_DISABLE_TELEMETRY ??= 'true';
  const { port, host, reset, dataDir } = validate(options);
  if (running) {
    throw new Error(
      `startDemoBackend: a demo backend is already running in this process (${running.url}). ` +
        'Vendure cannot run twice in one process: stop it first, or start the other one in its own process (test file).',
    );
  }
  await assertPortFree(port, host);
  const csv = catalogToCsv(demoCatalog);
  const fingerprint = await seedFingerprint();
  const dbFile = join(dataDir, `shop-${fingerprint}.sqlite`);
  const assetsDir = join(dataDir, 'assets');
  if (reset) await Promise.all([rm(dbFile, { force: true }), rm(backupOf(dbFile), { force: true })]);
  const recovery = await recoverDatabase(dbFile);
  if (recovery === 'restored')
    console.warn(`The demo database was not whole (an interrupted write); restored the last whole copy.`);
  if (recovery === 'discarded')
    console.warn(
      `The demo database was not whole and no whole copy was kept; it was moved aside and the shop is seeded anew.`,
    );
  let fromTemplate = false;
  if (!existsSync(dbFile)) {
    await clearDataDir(dataDir);
    fromTemplate = await restoreSeedTemplate(fingerprint, dbFile, assetsDir);
  }
  const existed = existsSync(dbFile);
  await mkdir(dataDir, { recursive: true });
  const csvPath = join(dataDir, 'products.csv');
  await writeFile(csvPath, csv);

  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;
  const config = mergeConfig(testConfig, {
    apiOptions: {
      port,
      hostname: host,
      middleware: [{ route: ASSETS_ROUTE, handler: serveAssets(assetsDir), beforeListen: true }],
    },
    authOptions: { requireVerification: false },
    importExportOptions: { importAssetsDir: PRODUCT_IMAGES_DIR },
    assetOptions: {
      assetStorageStrategy: new LocalFolderAssetStorage(assetsDir, url),
      assetPreviewStrategy: new OriginalAsPreview(),
    },
    paymentOptions: { paymentMethodHandlers: [demoPaymentHandler] },
    orderOptions: {
      process: [defaultOrderProcess, rememberPayingSession],
      orderByCodeAccessStrategy: new SameSessionOrderAccess(),
    },
    customFields: demoCustomFields,
    plugins: [DefaultSearchPlugin.init({ indexStockStatus: true, bufferUpdates: false })],
  } as Partial<VendureConfig>);
  // testConfig sets `cors: true`, which mergeConfig cannot deepen into an object: assign it.
  // Any origin may call (pages on other local ports). Vendure's bootstrap adds the session header
  // (`vendure-auth-token`) to `exposedHeaders` itself, so browsers can read it.
  // Only the Shop API is open to other origins: the Admin API (default superadmin login in a demo)
  // must not be drivable by whatever page the developer happens to visit.
  const shopCors = { origin: true, credentials: true, exposedHeaders: ['vendure-auth-token'] };
  config.apiOptions.cors = ((req: { url?: string }, callback: (err: Error | null, options: object) => void) =>
    callback(null, req.url?.startsWith('/admin-api') ? { origin: false } : shopCors)) as never;

  const { server } = createTestEnvironment(config);
  // The stock test bootstrap listens on every interface; Vendure's own bootstrap honours
  // `apiOptions.hostname`, so use it and start the in-process job queue like the test server does.
  Object.assign(server, {
    bootstrapForTesting: async (cfg: Partial<VendureConfig>) => {
      const app = await bootstrap(cfg);
      await app.get(JobQueueService).start();
      return app;
    },
  });
  const initializer = new SqljsFileInitializer(dbFile);
  registerInitializer('sqljs', initializer);
  try {
    await server.init({ initialData: demoInitialData, productsCsvPath: csvPath, customerCount: 0 });
  } catch (error) {
    if (!existed) await rm(dbFile, { force: true });
    throw error;
  }
  const adminApi = `${url}/admin-api`;
  if (initializer.seeded) {
    try {
      await finishSeeding(new SimpleGraphQLClient(config as Required<VendureConfig>, adminApi));
    } catch (error) {
      await server.destroy();
      await rm(dbFile, { force: true });
      throw error;
    }
    await initializer.flush();
    await saveSeedTemplate(fingerprint, dbFile, assetsDir);
  }
  running = { url };
  let stopped: Promise<void> | undefined;
  return {
    url,
    shopApi: `${url}/shop-api`,
    adminApi,
    channelToken: String(config.defaultChannelToken),
    seeded: initializer.seeded || fromTemplate,
    dataDir,
    stop: () => {
      stopped ??= server
        .destroy()
        .then(() => initializer.flush())
        .then(() => {
          running = undefined;
        });
      return stopped;
    },
  };
}
