import { parseArgs } from 'node:util';
import { startDemoBackend } from './server.js';

const USAGE = `Usage: shoplet-demo-backend [--port 3100] [--host 127.0.0.1] [--data-dir <folder>] [--reset]

Starts the Shoplet demo shop: a real Vendure server on SQLite, seeded on first start.`;

/**
 * Command-line entry: parses flags, starts the demo backend, prints its URLs and stops it on
 * Ctrl-C or SIGTERM. Resolves with a function that stops it (used by `scripts/start.mjs`).
 *
 * @example
 * ```sh
 * node packages/demo-backend/bin/demo-backend.mjs --reset
 * ```
 */
export async function main(argv: string[] = process.argv.slice(2)): Promise<() => Promise<void>> {
  const { values } = parseArgs({
    // `pnpm start -- --reset` passes the `--` through; accept it.
    args: argv[0] === '--' ? argv.slice(1) : argv,
    options: {
      port: { type: 'string', default: '3100' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port)) throw new TypeError(`--port must be a number, got "${values.port}".\n\n${USAGE}`);
  const started = Date.now();
  console.log(values.reset ? 'Demo backend: seeding a fresh database…' : 'Demo backend: starting…');
  const backend = await startDemoBackend({
    port,
    host: values.host,
    reset: values.reset,
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Demo backend ${backend.seeded ? 'seeded and ' : ''}ready in ${seconds} s`);
  console.log(`  Shop API   ${backend.shopApi}`);
  console.log(`  Admin API  ${backend.adminApi}  (superadmin / superadmin)`);
  console.log(`  Data       ${backend.dataDir}`);
  return backend.stop;
}
