// Dev server for examples/: serves the repository root, compiles TypeScript with esbuild and
// resolves workspace packages to their src/ through the "source" export condition, so example
// pages import `@shoplet/core` and friends with no build step. Used by `pnpm start`
// (scripts/start.mjs), which serves it on 127.0.0.1 only; `npx wds` uses it on its own too (start
// the demo backend separately; note wds itself then listens on every interface).
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const ROOT = new URL('.', import.meta.url).pathname;
const MEDIA_TYPES = { '.mp4': 'video/mp4', '.webm': 'video/webm', '.m4s': 'video/iso.segment', '.ts': 'video/mp2t' };

/**
 * Answers HTTP Range requests for media with 206 Partial Content. The dev server sends whole files
 * only, and Chromium cannot seek a video served that way (the rail's "jump to", deep links).
 */
function rangeRequests(ctx, next) {
  const type = MEDIA_TYPES[extname(ctx.path)];
  const range = /^bytes=(\d*)-(\d*)$/.exec(ctx.get('range') ?? '');
  if (!type || !ctx.path.startsWith('/examples/media/')) return next();
  const file = normalize(join(ROOT, decodeURIComponent(ctx.path)));
  let size;
  try {
    if (!file.startsWith(ROOT)) return next();
    size = statSync(file).size;
  } catch {
    return next();
  }
  ctx.set('accept-ranges', 'bytes');
  ctx.type = type;
  if (!range) {
    ctx.body = createReadStream(file);
    ctx.length = size;
    return undefined;
  }
  const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
  const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
  if (start > end || start >= size) {
    ctx.status = 416;
    ctx.set('content-range', `bytes */${size}`);
    return undefined;
  }
  ctx.status = 206;
  ctx.set('content-range', `bytes ${start}-${end}/${size}`);
  ctx.length = end - start + 1;
  ctx.body = createReadStream(file, { start, end });
  return undefined;
}

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
    rootDir: ROOT,
    port,
    hostname,
    nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
    watch: false,
    middleware: [
      rangeRequests,
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
          // The script-tag example names the default demo backend; point it at this one.
          if (ctx.response.is('html') && typeof ctx.body === 'string' && ctx.body.includes('data-endpoint=')) {
            return { body: ctx.body.replaceAll('http://127.0.0.1:3100/shop-api', shopApi) };
          }
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
