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
for (const exp of [
  {},
  { css: '::slotted(shoplet-tag){will-change: translate}' },
  { css: '::slotted(shoplet-tag){translate: 0.01px 0.01px}' },
  {},
]) {
  const r = await page.evaluate(([e]) => window.shopletBench.tagFrameCost(500, e), [exp]);
  console.log(JSON.stringify(exp), r.medianMs, r.medianWithStyleMs);
}
await browser.close();
await devServer.stop();
httpServer.close();
