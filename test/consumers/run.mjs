#!/usr/bin/env node
// Installs the packed packages into small apps and builds them, as a new user would:
//   node test/consumers/run.mjs
// Packs @shoplet/core, adapter-vendure, elements, react and vue (build them first: `pnpm build`)
// into .cache/consumers, checks each with publint and @arethetypeswrong/cli, installs each app from those tarballs (from the local pnpm store when it can),
// type-checks it, builds it, and checks the bundle still defines every element.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { resolveBrowser } from '../../scripts/browser.mjs';

const root = join(import.meta.dirname, '..', '..');
const tarballs = join(root, '.cache', 'consumers');
const packages = ['core', 'adapter-vendure', 'elements', 'react', 'vue'];
const apps = ['react-vite'];
const tags = [
  'shoplet-store',
  'shoplet-product',
  'shoplet-sheet',
  'shoplet-image',
  'shoplet-tag',
  'shoplet-post',
  'shoplet-video',
  'shoplet-feed',
  'shoplet-cart',
  'shoplet-cart-button',
  'shoplet-checkout',
  'shoplet-delivery-promise',
  'shoplet-trust-strip',
  'shoplet-share',
];

const run = (command, args, cwd) => {
  console.log(`$ ${command} ${args.join(' ')}  (${cwd.replace(root, '.')})`);
  execFileSync(command, args, { cwd, stdio: 'inherit' });
};

rmSync(tarballs, { recursive: true, force: true });
mkdirSync(tarballs, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
for (const name of packages) {
  const dir = join(root, 'packages', name);
  run('pnpm', ['pack', '--pack-destination', tarballs], dir);
  // The package as published: exports, files and types resolve for ESM consumers.
  run(bin('publint'), ['--strict'], dir);
  run(bin('attw'), [join(tarballs, `shoplet-${name}-0.1.0.tgz`), '--profile', 'esm-only', '--format', 'ascii'], dir);
}

for (const app of apps) {
  const dir = join(import.meta.dirname, app);
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--lockfile=false'], dir);
  run('pnpm', ['run', 'typecheck'], dir);
  run('pnpm', ['run', 'build'], dir);
  const assets = join(dir, 'dist', 'assets');
  const code = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(join(assets, file), 'utf8'))
    .join('\n');
  // A definition is a call with the tag and a class: `define("shoplet-cart", t)`, quotes of any kind.
  const defined = new Set(
    [...code.matchAll(/\(\s*["'`](shoplet-[a-z-]+)["'`]\s*,\s*[A-Za-z_$][\w$]*\s*\)/g)].map((m) => m[1]),
  );
  const missing = tags.filter((tag) => !defined.has(tag));
  if (missing.length) throw new Error(`${app}: the build lost ${missing.join(', ')}`);
  await checkInBrowser(app, join(dir, 'dist'));
  console.log(`${app}: type-checked, built with all ${tags.length} elements, and rendered in Chromium`);
}

/** Serves the built app and checks in Chromium that every tag is defined and the wrappers set properties. */
async function checkInBrowser(app, dist) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    try {
      const file = join(dist, path === '/' ? 'index.html' : path);
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { executablePath, args } = await resolveBrowser();
  const browser = await chromium.launch({ executablePath, args, headless: true });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // No backend runs here: requests to /shop-api fail, and the cards show their error state.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page
      .waitForFunction(() => document.querySelector('shoplet-product')?.shadowRoot, null, { timeout: 15_000 })
      .catch(() => errors.push('no <shoplet-product> rendered'));
    const result = await page.evaluate((names) => {
      const [wrapped, plain] = document.querySelectorAll('shoplet-product');
      return {
        undefinedTags: names.filter((tag) => !customElements.get(tag)),
        wrapperClient: Boolean(wrapped?.client?.cart),
        plainLayout: plain?.layout,
        cartButton: Boolean(document.querySelector('shoplet-cart-button')?.client),
      };
    }, tags);
    const expected = { undefinedTags: [], wrapperClient: true, plainLayout: 'row', cartButton: true };
    if (JSON.stringify(result) !== JSON.stringify(expected) || errors.length) {
      throw new Error(`${app} in Chromium: ${JSON.stringify({ result, errors })}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
