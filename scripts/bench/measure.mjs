// One measured page load in Chromium over the DevTools protocol: 4× CPU throttling, a fresh
// context (empty cache), then the numbers the report shows. After the load the page is scrolled
// to the end, to see what loading the embeds costs once the reader reaches them.

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// Layout shifts and long tasks, observed from the first moment of the page.
const OBSERVE = `
window.__bench = { cls: 0, tbt: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value;
}).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__bench.tbt += Math.max(0, e.duration - 50);
}).observe({ type: 'longtask', buffered: true });`;

const settle = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ jsGzip: number, requests: number, scriptMs: number, tbtMs: number, cls: number,
 *   jsGzipAfterScroll: number, clsAfterScroll: number }>}
 */
export async function measureLoad(browser, url) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const types = new Map();
  const sizes = new Map();
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => requests++);
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  const jsBytes = () =>
    [...sizes].filter(([id]) => types.get(id) === 'Script').reduce((sum, [, bytes]) => sum + bytes, 0);

  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle').catch(() => {});
  await settle(1000);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const observed = await page.evaluate(() => window.__bench);
  const atLoad = {
    jsGzip: jsBytes(),
    requests,
    scriptMs: metrics.ScriptDuration * 1000,
    tbtMs: observed.tbt,
    cls: observed.cls,
  };

  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await settle(150);
  }
  await page.waitForLoadState('networkidle').catch(() => {});
  await settle(800);
  const after = await page.evaluate(() => window.__bench);
  await context.close();
  return { ...atLoad, jsGzipAfterScroll: jsBytes(), clsAfterScroll: after.cls };
}

/**
 * The Lighthouse performance score (default mobile settings: simulated slow 4G and 4× CPU).
 * @param {number} port the browser's remote debugging port
 * @param {string} url
 */
export async function lighthouseScore(port, url) {
  // A devDependency of @shoplet/embed (12.x: the last line that runs on Node 20).
  const require = createRequire(new URL('../../packages/embed/package.json', import.meta.url));
  const { default: lighthouse } = await import(pathToFileURL(require.resolve('lighthouse')).href);
  const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: ['performance'], output: 'json' });
  const lhr = result?.lhr;
  if (!lhr || lhr.runtimeError)
    throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`);
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? 0,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? 0,
  };
}
