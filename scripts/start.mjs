#!/usr/bin/env node
// `pnpm start`: the Shoplet demo. Starts the demo shop backend (a real Vendure server on SQLite,
// packages/demo-backend) and a dev server for examples/, both on 127.0.0.1, prints their URLs
// and stops both on Ctrl-C or SIGTERM. No build step: the dev server compiles the packages'
// TypeScript sources on request.
//
//   pnpm start                      # backend on :3100, examples on :8000
//   pnpm start --reset              # re-seed the demo shop (drops orders placed so far)
//   pnpm start --port 8080 --backend-port 3200 --data-dir /tmp/shop
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startDevServer } from '@web/dev-server';
import { createDevServerConfig } from '../web-dev-server.config.mjs';
import { ensureEmbedBundle } from './embed-bundle.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const BACKEND_READY_TIMEOUT_MS = 180_000;

// `pnpm start -- --reset` passes the `--` through; `pnpm start --reset` does not. Accept both.
const argv = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
const { values } = parseArgs({
  args: argv,
  options: {
    port: { type: 'string', default: '8000' },
    'backend-port': { type: 'string', default: '3100' },
    reset: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('Usage: pnpm start [--port 8000] [--backend-port 3100] [--reset] [--data-dir <folder>]');
  process.exit(0);
}
const port = Number(values.port);
const backendPort = Number(values['backend-port']);
for (const [flag, value] of [
  ['--port', port],
  ['--backend-port', backendPort],
]) {
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`start: ${flag} must be a port number (1–65535).`);
    process.exit(1);
  }
}

/** Starts the backend in its own process and resolves once it prints that it is ready. */
function startBackend() {
  const args = ['packages/demo-backend/bin/demo-backend.mjs', '--port', String(backendPort), '--host', HOST];
  if (values.reset) args.push('--reset');
  if (values['data-dir']) args.push('--data-dir', values['data-dir']);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the demo backend did not start within ${BACKEND_READY_TIMEOUT_MS / 1000} s`)),
      BACKEND_READY_TIMEOUT_MS,
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.trim()) console.log(`[backend] ${line}`);
      if (/ready in/.test(line)) {
        clearTimeout(timer);
        resolve(undefined);
      }
    });
    createInterface({ input: child.stderr }).on('line', (line) => console.error(`[backend] ${line}`));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo backend exited with code ${code} (is port ${backendPort} already in use?)`));
    });
  });
  return { child, ready };
}

// The script-tag example page uses the built loader; everything else runs from source.
ensureEmbedBundle('the script-tag example');

const backend = startBackend();
let devServer;
// @web/dev-server listens on every interface when asked for 127.0.0.1 (it passes no host), so it
// runs in middleware mode behind this server, which listens on loopback only.
const httpServer = createServer();
let stopping = false;

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await devServer?.stop().catch(() => undefined);
  httpServer.closeAllConnections();
  await new Promise((resolve) => httpServer.close(resolve));
  if (backend.child.exitCode === null) {
    const exited = new Promise((resolve) => backend.child.once('exit', resolve));
    backend.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (backend.child.exitCode === null) backend.child.kill('SIGKILL');
  }
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

try {
  await backend.ready;
  // A backend that dies later would leave pages talking to nothing: say so and stop everything.
  backend.child.on('exit', (code) => {
    if (stopping) return;
    console.error(`\nThe demo backend stopped (exit code ${code}); stopping the demo. Run pnpm start again.`);
    void stop(1);
  });
  const shopApi = `http://${HOST}:${backendPort}/shop-api`;
  devServer = await startDevServer({
    config: { ...createDevServerConfig({ port, hostname: HOST, shopApi }), middlewareMode: { server: httpServer } },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: false,
  });
  httpServer.on('request', devServer.koaApp.callback());
  await new Promise((resolve, reject) => {
    httpServer.once('error', (error) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} is already in use (pass --port)`) : error),
    );
    httpServer.listen(port, HOST, () => resolve(undefined));
  });
  console.log('');
  console.log('Shoplet demo is running:');
  console.log(`  Examples   http://${HOST}:${port}/examples/`);
  console.log(`  Shop API   ${shopApi}`);
  console.log('Press Ctrl-C to stop.');
} catch (error) {
  if (!stopping) {
    console.error(`start: ${error instanceof Error ? error.message : error}`);
    await stop(1);
  }
}
