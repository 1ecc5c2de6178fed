// The demo as `pnpm start` runs it, started inside a test file: the real Vendure demo backend
// (in-process, on its own port and a temporary data folder) and @web/dev-server for examples/
// with the same configuration, behind a loopback-only HTTP server.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { type DemoBackend, startDemoBackend } from '../../packages/demo-backend/src/index.js';
import { createDevServerConfig } from '../../web-dev-server.config.mjs';

const HOST = '127.0.0.1';

/**
 * The Content-Security-Policy a careful brand would send: scripts and styles from its own origin
 * only, data from the shop. Pages get it when their URL has `?csp` (see `startDemoStack`).
 */
export function strictPolicy(shopOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${shopOrigin}`,
    "media-src 'self' blob:",
    `connect-src 'self' ${shopOrigin}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** A running demo: backend plus example pages. */
export interface DemoStack {
  /** The Vendure Shop API URL. */
  shopApi: string;
  /** The Vendure Admin API URL (superadmin / superadmin). */
  adminApi: string;
  /** `http://127.0.0.1:<port>/examples/`. */
  examples: string;
  backend: DemoBackend;
  /** Stops both servers and removes the data folder. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts the demo backend and the examples dev server on the given ports.
 *
 * @example
 * const demo = await startDemoStack({ backendPort: 3361, webPort: 8361 });
 * await page.goto(`${demo.examples}blog-post/`);
 * await demo.stop();
 */
export async function startDemoStack(ports: { backendPort: number; webPort: number }): Promise<DemoStack> {
  const dataDir = await mkdtemp(join(tmpdir(), `shoplet-e2e-${ports.backendPort}-`));
  let backend: DemoBackend | undefined;
  let http: Server | undefined;
  let devServer: Awaited<ReturnType<typeof startDevServer>> | undefined;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await devServer?.stop().catch(() => undefined);
    if (http) {
      http.closeAllConnections();
      await new Promise((resolve) => http?.close(resolve));
    }
    await backend?.stop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    backend = await startDemoBackend({ port: ports.backendPort, host: HOST, dataDir });
    const server = createServer();
    http = server;
    const config = createDevServerConfig({ port: ports.webPort, hostname: HOST, shopApi: backend.shopApi });
    const policy = strictPolicy(new URL(backend.shopApi).origin);
    devServer = await startDevServer({
      config: {
        ...config,
        middleware: [
          ...(config.middleware ?? []),
          // `?csp` on a page URL: the same page, served with a strict Content-Security-Policy header.
          async (ctx, next) => {
            await next();
            if ('csp' in ctx.query && ctx.response.is('html')) ctx.set('content-security-policy', policy);
          },
        ],
        middlewareMode: { server },
      },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
      autoExitProcess: false,
    });
    server.on('request', devServer.koaApp.callback());
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(ports.webPort, HOST, () => resolve());
    });
    return {
      shopApi: backend.shopApi,
      adminApi: backend.adminApi,
      examples: `http://${HOST}:${ports.webPort}/examples/`,
      backend,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
