#!/usr/bin/env node
// Benchmark of the shoppable video (not a test): per-frame hotspot update cost with 10, 100 and
// 500 tags, and JS heap while scrolling a <shoplet-feed> through 200 posts, in headless Chromium
// driven through playwright-core. Pages are served from this checkout on 127.0.0.1 by the
// examples' dev server (TypeScript compiled on request). Writes its section of
// docs/performance.md between the video-bench markers.
//
//   node scripts/bench/video.mjs              # full run, updates docs/performance.md
//   node scripts/bench/video.mjs --no-write   # print only
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { createDevServerConfig } from '../../web-dev-server.config.mjs';
import { resolveBrowser } from '../browser.mjs';
import { report, writeSection } from './video/markdown.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({
  options: { 'no-write': { type: 'boolean', default: false }, posts: { type: 'string', default: '200' } },
});
const POSTS = Number(values.posts);
const TAG_COUNTS = [10, 100, 500];

const httpServer = createServer();
const base = createDevServerConfig({ hostname: '127.0.0.1' });
const devServer = await startDevServer({
  config: {
    ...base,
    rootDir: ROOT,
    middlewareMode: { server: httpServer },
    // Cross-origin isolation gives the page a 5 µs clock instead of a 100 µs one.
    middleware: [
      ...(base.middleware ?? []),
      (ctx, next) => {
        ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
        ctx.set('Cross-Origin-Embedder-Policy', 'require-corp');
        return next();
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
httpServer.on('request', devServer.koaApp.callback());
await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const { port } = /** @type {import('node:net').AddressInfo} */ (httpServer.address());

const { executablePath, args } = await resolveBrowser();
const browser = await chromium.launch({ executablePath, args, headless: true });

try {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  page.on('pageerror', (err) => console.error(`[page] ${err.message}`));
  await page.goto(`http://127.0.0.1:${port}/scripts/bench/video/bench.html`);
  await page.waitForFunction(() => window.shopletBench?.ready === true, null, { timeout: 120_000 });
  if (!(await page.evaluate(() => window.shopletBench.isolated())))
    console.warn('The page is not cross-origin isolated: timings are coarse.');

  const frames = [];
  for (const n of TAG_COUNTS) {
    const r = await page.evaluate((count) => window.shopletBench.tagFrameCost(count), n);
    console.log(
      `${n} tags: median ${r.medianMs.toFixed(4)} ms/frame (with style ${r.medianWithStyleMs.toFixed(4)}), ${r.meanShown.toFixed(1)} shown`,
    );
    frames.push(r);
  }
  const lookups = [];
  for (const n of TAG_COUNTS) {
    const r = await page.evaluate((count) => window.shopletBench.lookupCost(count), n);
    console.log(`${n} tags: lookup ${r.indexUs.toFixed(3)} µs/frame indexed, ${r.scanUs.toFixed(3)} µs/frame scanned`);
    lookups.push(r);
  }

  // A fresh page for the feed, so the tag runs leave nothing on the heap.
  const feedPage = await browser.newPage({ viewport: { width: 800, height: 900 } });
  feedPage.on('pageerror', (err) => console.error(`[page] ${err.message}`));
  await feedPage.goto(`http://127.0.0.1:${port}/scripts/bench/video/bench.html`);
  await feedPage.waitForFunction(() => window.shopletBench?.ready === true, null, { timeout: 120_000 });
  const cdp = await feedPage.context().newCDPSession(feedPage);
  await cdp.send('HeapProfiler.enable');
  const measure = async (index) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const [videos, nodes] = await feedPage.evaluate(() => [
      window.shopletBench.countVideos(),
      window.shopletBench.countNodes(),
    ]);
    console.log(`post ${index + 1}: heap ${(usedSize / 2 ** 20).toFixed(2)} MB, ${videos} <video>, ${nodes} nodes`);
    return { index, heapBytes: usedSize, videos, nodes };
  };
  await feedPage.evaluate((count) => window.shopletBench.openFeed(count), POSTS);
  const checkpoints = new Set([0, 9, 49, 99, 149, POSTS - 1]);
  const heap = [await measure(0)];
  for (let i = 1; i < POSTS; i++) {
    await feedPage.evaluate((index) => window.shopletBench.feedTo(index), i);
    if (checkpoints.has(i)) heap.push(await measure(i));
  }

  const cpu = cpus()[0]?.model?.trim() ?? 'unknown CPU';
  const machine = `${cpus().length} × ${cpu}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  const md = report({ machine, frames, lookups, heap });
  if (values['no-write']) console.log(`\n${md}`);
  else {
    writeSection(`${ROOT}docs/performance.md`, md);
    console.log('\nWrote the video section of docs/performance.md');
  }
} finally {
  await browser.close();
  await devServer.stop();
  httpServer.close();
}
