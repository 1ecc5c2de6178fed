import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { createDevServerConfig } from '../../web-dev-server.config.mjs';
import { resolveBrowser } from '../browser.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const httpServer = createServer();
const devServer = await startDevServer({
  config: {
    ...createDevServerConfig({ hostname: '127.0.0.1' }),
    rootDir: ROOT,
    middlewareMode: { server: httpServer },
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
  autoExitProcess: false,
});
httpServer.on('request', devServer.koaApp.callback());
await new Promise((r) => httpServer.listen(0, '127.0.0.1', r));
const { executablePath, args } = await resolveBrowser();
const browser = await chromium.launch({ executablePath, args, headless: true });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${httpServer.address().port}/scripts/bench/video/bench.html`);
await page.waitForFunction(() => window.shopletBench?.ready === true);
await browser.startTracing(page, {
  path: '/tmp/trace.json',
  categories: ['devtools.timeline', 'blink', 'disabled-by-default-devtools.timeline'],
});
await page.evaluate(() => window.shopletBench.tagFrameCost(500, {}));
await browser.stopTracing();
const t = JSON.parse(readFileSync('/tmp/trace.json', 'utf8'));
const ev = (t.traceEvents ?? t).filter((e) => e.ph === 'X' && e.dur);
const by = new Map();
for (const e of ev) by.set(e.name, (by.get(e.name) ?? 0) + e.dur);
console.log(
  [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}ms`)
    .join('\n'),
);
await browser.close();
await devServer.stop();
httpServer.close();
