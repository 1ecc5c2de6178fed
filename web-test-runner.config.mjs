// Browser tests for the elements and the embed: real Chromium through Playwright, TypeScript
// compiled by esbuild, workspace packages resolved to their src/ through the "source" condition.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { resolveBrowser } from './scripts/browser.mjs';
import { ensureEmbedBundle } from './scripts/embed-bundle.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';

const { executablePath, args } = await resolveBrowser();

// packages/embed/test runs the production bundle: never test a stale one.
ensureEmbedBundle('its tests');

/**
 * `executeServerCommand('dom-counters')`: after a full garbage collection, how many DOM nodes and
 * event listeners the page's renderer holds and the JS heap in use (Chrome DevTools Protocol), so a
 * test can show that repeated use does not leak.
 */
function domCounters() {
  return {
    name: 'shoplet-dom-counters',
    async executeCommand({ command, session }) {
      if (command !== 'dom-counters') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Performance.enable');
        await cdp.send('HeapProfiler.collectGarbage');
        const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        return { nodes, listeners: jsEventListeners, heap };
      } finally {
        await cdp.detach();
      }
    },
  };
}

export default {
  files: ['packages/{elements,embed}/src/**/*.test.ts', 'packages/embed/test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  middleware: [
    // A second copy of the embed at another URL (its own module instances), as two plugins would ship.
    (ctx, next) => {
      if (ctx.path.startsWith('/__shoplet-second-copy/'))
        ctx.path = ctx.path.replace('/__shoplet-second-copy/', '/packages/embed/dist/');
      return next();
    },
  ],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), domCounters()],
  browsers: [playwrightLauncher({ product: 'chromium', launchOptions: { executablePath, args, headless: true } })],
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // nanostores reads process.env.NODE_ENV, which bundlers replace; give the browser the same.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>globalThis.process = { env: { NODE_ENV: 'development' } };</script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [
    defaultReporter(),
    ...(process.env.SHOPLET_TEST_SUMMARY ? [summaryReporter(process.env.SHOPLET_TEST_SUMMARY)] : []),
  ],
  // Lit's dev-mode banner repeats in every file; real warnings still show.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
