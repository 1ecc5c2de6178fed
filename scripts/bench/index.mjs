#!/usr/bin/env node
// `pnpm bench`: one blog article four ways — plain, made shoppable with Shoplet, with Shopify's
// Buy Button JS, with Cloudinary's video player and its shoppable plugin — in headless Chromium
// with 4× CPU throttling, several runs each; prints medians and ratios and writes them to
// docs/performance.md. Everything is served locally (the demo Vendure backend for Shoplet, fake
// Storefront answers for the Buy Button, local media for Cloudinary). Never part of `pnpm test`.
//
//   pnpm bench                 5 runs per page, 3 Lighthouse runs
//   pnpm bench --runs 3 --lighthouse 1 --no-write
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { resolveBrowser } from '../browser.mjs';
import { lighthouseScore, measureLoad } from './measure.mjs';
import { benchPages } from './pages.mjs';
import { writeReport } from './report.mjs';
import { startBenchServer } from './server.mjs';

const root = join(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    lighthouse: { type: 'string', default: '3' },
    'no-write': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const LH_RUNS = Number(values.lighthouse);
const PAGES = [
  ['baseline', 'Plain article (baseline)'],
  ['shoplet', 'Shoplet (tagged image, 2 cards, cart, video)'],
  ['buy-button', 'Shopify Buy Button JS (2 products, cart)'],
  ['cloudinary', 'Cloudinary video player + shoppable'],
];

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

function startBackend(port) {
  const child = spawn(
    process.execPath,
    ['packages/demo-backend/bin/demo-backend.mjs', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the demo backend did not start within 120 s')), 120_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (/ready in/.test(line)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`the demo backend exited with code ${code}`)));
  });
  return { child, ready };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

if (!existsSync(join(root, 'packages/embed/dist/shoplet.js'))) {
  console.error('packages/embed/dist is missing: run `pnpm build` first (the bench measures the production bundle).');
  process.exit(1);
}

const started = Date.now();
const backendPort = await freePort();
const backend = startBackend(backendPort);
let server;
let browser;
try {
  await backend.ready;
  server = await startBenchServer({ pages: benchPages(), backend: `http://127.0.0.1:${backendPort}` });
  const debugPort = await freePort();
  const { executablePath, args } = await resolveBrowser();
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      ...args,
      `--remote-debugging-port=${debugPort}`,
      '--ignore-certificate-errors',
      // Offline: any host but this machine fails at once instead of waiting for DNS.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });

  const results = {};
  for (const [id, label] of PAGES) {
    const url = `${server.origin}/${id}.html`;
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureLoad(browser, url));
    const scores = [];
    for (let i = 0; i < LH_RUNS; i++) {
      try {
        scores.push(await lighthouseScore(debugPort, url));
      } catch (error) {
        console.warn(`  Lighthouse: ${error.message}`);
      }
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    results[id] = {
      label,
      jsGzip: pick('jsGzip'),
      jsGzipAfterScroll: pick('jsGzipAfterScroll'),
      scriptMs: pick('scriptMs'),
      tbtMs: pick('tbtMs'),
      cls: pick('cls'),
      clsAfterScroll: pick('clsAfterScroll'),
      requests: pick('requests'),
      lighthouse: scores.length ? median(scores.map((s) => s.score)) : null,
    };
    const r = results[id];
    console.log(
      `${label}: JS ${(r.jsGzip / 1024).toFixed(1)} KB (after scroll ${(r.jsGzipAfterScroll / 1024).toFixed(1)} KB), ` +
        `script ${r.scriptMs.toFixed(0)} ms, TBT ${r.tbtMs.toFixed(0)} ms, CLS ${r.cls.toFixed(3)} ` +
        `(after scroll ${r.clsAfterScroll.toFixed(3)}), ${r.requests} requests, Lighthouse ${r.lighthouse ?? 'n/a'}`,
    );
  }
  const meta = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, Chromium ${browser.version()}`,
    runs: RUNS,
    lighthouseRuns: LH_RUNS,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  if (!values['no-write']) writeReport(results, meta);
  console.log(`Done in ${meta.seconds} s.${values['no-write'] ? '' : ' Written to docs/performance.md.'}`);
} finally {
  await browser?.close().catch(() => {});
  await server?.close();
  backend.child.kill('SIGTERM');
}
