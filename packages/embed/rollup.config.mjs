// The script-tag bundle: dist/shoplet.js (the loader) and content-hashed chunks beside it, one
// self-contained folder for any static host. Unlike the other packages, every dependency is
// bundled (Lit, nanostores, DOMPurify, hls.js become shared or lazy chunks) and the workspace
// packages are compiled from their sources, so each element's defining module is its own chunk.
// Production: minified, DEV_MODE stripped, Lit's production build. dist/development/: readable.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const dir = import.meta.dirname;
const packages = resolve(dir, '..');

/** Empties dist/ when the build starts (not on import: scripts/module-cost.mjs reuses this config). */
const clean = () => ({
  name: 'shoplet-clean',
  buildStart() {
    rmSync(resolve(dir, 'dist'), { recursive: true, force: true });
  },
});

/** A package.json `sideEffects` pattern as a RegExp (`*` within a folder, `**` across folders). */
const glob = (pattern) =>
  new RegExp(
    `^${pattern
      .replaceAll(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replaceAll('**', '\0')
      .replaceAll('*', '[^/]*')
      .replaceAll('\0', '.*')}$`,
  );

/** Sources import `./x.js` for `./x.ts`; workspace packages declare their side effects. */
function workspaceSources() {
  const sideEffectsOf = new Map();
  const sideEffects = (file) => {
    const pkgDir = file.slice(0, file.indexOf('/src/'));
    if (!sideEffectsOf.has(pkgDir)) {
      const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
      sideEffectsOf.set(pkgDir, pkg.sideEffects ?? true);
    }
    const declared = sideEffectsOf.get(pkgDir);
    if (Array.isArray(declared)) return declared.some((pattern) => glob(pattern).test(`./${relative(pkgDir, file)}`));
    return declared !== false;
  };
  return {
    name: 'shoplet-workspace-sources',
    async resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const ts = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      if (!ts.startsWith(packages) || !existsSync(ts)) return null;
      return { id: ts, moduleSideEffects: sideEffects(ts) };
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const result = await transform(code, {
        loader: 'ts',
        target: 'es2022',
        sourcefile: id,
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      });
      return { code: result.code, map: null };
    },
  };
}

/** dist/manifest.json: which chunk each tag, adapter and the client load, and each chunk's imports. */
function manifest() {
  const tagPaths = [
    ...readFileSync(resolve(dir, 'src/elements.ts'), 'utf8').matchAll(/'(shoplet-[a-z-]+)'.*import\('([^']+)'\)/g),
  ].map(([, tag, path]) => [tag, resolve(dir, 'src', path.replace(/\.js$/, '.ts'))]);
  const facades = {
    client: resolve(dir, 'src/client.ts'),
    'client:vendure': resolve(dir, 'src/client-vendure.ts'),
    'client:shopify': resolve(dir, 'src/client-shopify.ts'),
    'client:memory': resolve(dir, 'src/client-memory.ts'),
    trust: resolve(dir, 'src/trust.ts'),
    'adapter:vendure': resolve(packages, 'adapter-vendure/src/index.ts'),
    'adapter:shopify': resolve(packages, 'adapter-shopify/src/index.ts'),
    'adapter:memory': resolve(packages, 'core/src/testing.ts'),
    ...Object.fromEntries(tagPaths),
  };
  return {
    name: 'shoplet-manifest',
    generateBundle(_options, bundle) {
      const byFacade = new Map();
      const chunks = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        // A dynamically imported module may share its chunk with others (no facade of its own).
        for (const id of file.moduleIds) if (!byFacade.has(id)) byFacade.set(id, file.fileName);
        if (file.facadeModuleId) byFacade.set(file.facadeModuleId, file.fileName);
        chunks[file.fileName] = { imports: file.imports, dynamicImports: file.dynamicImports };
      }
      const entries = Object.fromEntries(Object.entries(facades).map(([name, id]) => [name, byFacade.get(id) ?? null]));
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify({ loader: 'shoplet.js', entries, chunks }, null, 2)}\n`,
      });
    },
  };
}

/**
 * Fewer, larger chunks compress better and cost fewer requests than Rollup's default of one chunk
 * per combination of importers. One `base` chunk carries what nearly every shoppable page shows:
 * Lit, nanostores, the client core, the elements' base class, and the elements of an article made
 * shoppable (product card with its purchase form, delivery promise and share button; cart button;
 * image and its tags), measured 2.4 KB smaller as one chunk than as six. What a page shows only
 * sometimes, or only after a press, stays lazy: the cart drawer and checkout, the product sheet,
 * the share menu, video, feed, post, trust, other languages, the adapters, hls.js.
 */
function sharedChunks(id) {
  const path = id.replaceAll('\\', '/');
  if (
    /\/node_modules\/(nanostores\/(atom|clean-stores)\/|lit-element|lit-html\/lit-html|@lit\/reactive-element\/(?!.*query-))/.test(
      path,
    )
  )
    return 'base';
  if (
    /\/core\/src\/(client|cart|products|storage|emitter|options|errors|transport|money|dev-mode|lazy|delivery-window|delivery-text)\.ts$/.test(
      path,
    )
  )
    return 'base';
  // What the share button loads on first use, in one request.
  if (/\/elements\/src\/share\/share-menu[a-z.-]*\.ts$/.test(path) || /\/core\/src\/share\.ts$/.test(path))
    return 'share-menu';
  if (
    /\/elements\/src\/(internal\/(define|context|default-client|events|i18n|shoplet-element|store-controller|theme|product-controller|variants|purchase|purchase-form)|trust\/(safe-url|optional-product)|(product|delivery|share|cart-button|image|tag)\/[a-z.-]+)\.ts$/.test(
      path,
    ) ||
    /\/embed\/src\/client\.ts$/.test(path)
  )
    return 'base';
  // One file per adapter with the page's client and the adapter's page-load code (a separate adapter
  // chunk would cost its own gzip overhead). Decimal amounts are parsed only for Shopify.
  if (/\/embed\/src\/client-vendure\.ts$/.test(path) || /\/adapter-vendure\/src\/index\.ts$/.test(path))
    return 'vendure';
  if (
    /\/embed\/src\/client-shopify\.ts$/.test(path) ||
    /\/core\/src\/money-parse\.ts$/.test(path) ||
    /\/adapter-shopify\/src\/index\.ts$/.test(path)
  )
    return 'shopify';
  if (/\/embed\/src\/client-memory\.ts$/.test(path) || /\/core\/src\/testing\.ts$/.test(path)) return 'memory';
  // Everything else in core stays out of `base` (a manual chunk takes its unassigned imports along).
  const extra = /\/core\/src\/([a-z-]+)\.ts$/.exec(path)?.[1];
  // A currency's digits on their own (analytics values, Shopify's decimal amounts, the value of
  // add-to-cart and checkout events): a page formats prices without them.
  if (/\/core\/src\/money-units\.ts$/.test(path) || /\/elements\/src\/internal\/major-units\.ts$/.test(path))
    return 'money-units';
  // Delivery sentences in German, French, Spanish and Japanese: loaded by the card for those languages.
  if (extra === 'delivery-words') return 'delivery-words';
  // The worded policy checks and the headless formatter (estimateDelivery, validateDeliveryPolicy,
  // formatDeliveryPromise) go with trust, their main user; the card checks with `policyFault`, formats
  // with `delivery-text` and loads the words of a fix only for a wrong policy.
  if (extra && /^(trust|analytics|analytics-items|attribution|consent|delivery|delivery-format)$/.test(extra))
    return 'trust-core';
  // Video and feed read deep links without sharing: keep the two apart so neither carries the other.
  if (extra === 'deep-link') return 'deep-link';
  return undefined;
}

/**
 * Production only: marks `warnOnce(…)` calls pure, so Rollup drops them with their messages
 * (development warnings are for developers; the production build is silent, as in Lit).
 */
function dropDevWarnings() {
  return {
    name: 'shoplet-drop-dev-warnings',
    transform(code, id) {
      if (!/\/packages\/[a-z-]+\/src\//.test(id) || !code.includes('warnOnce(')) return null;
      const out = code
        .split('\n')
        .map((line) =>
          /^\s*(\*|\/\/|export function)/.test(line)
            ? line
            : line.replaceAll(/\bwarnOnce\(/g, '/*@__PURE__*/ warnOnce('),
        )
        .join('\n');
      return { code: out, map: null };
    },
  };
}

export const build = (dev) => ({
  input: { shoplet: resolve(dir, 'src/shoplet.ts') },
  plugins: [
    !dev && clean(),
    replace({
      preventAssignment: false,
      delimiters: ['', ''],
      values: {
        'const DEV_MODE = true': `const DEV_MODE = ${dev}`,
        // nanostores (and others) read it; browsers have no `process`.
        'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
      },
    }),
    workspaceSources(),
    !dev && dropDevWarnings(),
    !dev && minifyTemplates(),
    nodeResolve({
      browser: true,
      extensions: ['.ts', '.mjs', '.js'],
      exportConditions: dev ? ['source', 'development', 'browser'] : ['source', 'browser', 'production'],
    }),
    !dev && terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    manifest(),
  ].filter(Boolean),
  output: {
    dir: resolve(dir, dev ? 'dist/development' : 'dist'),
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    manualChunks: process.env.NO_MANUAL ? undefined : sharedChunks,
  },
});

export default [build(false), build(true)];
