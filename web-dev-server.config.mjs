// Dev server for examples/: serves the repository root, compiles TypeScript with esbuild and
// resolves workspace packages to their src/ through the "source" export condition, so example
// pages import `@shoplet/core` and friends with no build step. Used by `pnpm start`
// (scripts/start.mjs), which serves it on 127.0.0.1 only; `npx wds` uses it on its own too (start
// the demo backend separately; note wds itself then listens on every interface).
import { esbuildPlugin } from '@web/dev-server-esbuild';

/**
 * @param {{ port?: number, hostname?: string, shopApi?: string }} [options]
 * @returns {import('@web/dev-server').DevServerConfig}
 */
export function createDevServerConfig({
  port = 8000,
  hostname = '127.0.0.1',
  shopApi = 'http://127.0.0.1:3100/shop-api',
} = {}) {
  return {
    rootDir: new URL('.', import.meta.url).pathname,
    port,
    hostname,
    nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
    watch: false,
    middleware: [
      // The examples live under /examples/; the root URL opens their index.
      (ctx, next) => {
        if (ctx.path === '/' || ctx.path === '/examples') {
          ctx.redirect('/examples/');
          return undefined;
        }
        return next();
      },
    ],
    plugins: [
      esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
      {
        name: 'shoplet-demo-config',
        serve(ctx) {
          // Where the demo backend runs, for pages that do not hard-code it.
          if (ctx.path === '/shoplet-config.js') {
            return {
              body: `export const shopApi = ${JSON.stringify(shopApi)};\nexport default { shopApi };\n`,
              type: 'js',
            };
          }
          return undefined;
        },
        transform(ctx) {
          // Libraries such as nanostores read process.env.NODE_ENV, which bundlers replace at
          // build time; do the same for unbundled modules (no inline script, so a strict CSP holds).
          if (ctx.response.is('js') && typeof ctx.body === 'string' && ctx.body.includes('process.env.NODE_ENV')) {
            return { body: ctx.body.replaceAll('process.env.NODE_ENV', '"development"') };
          }
          return undefined;
        },
      },
    ],
  };
}

export default createDevServerConfig();
