#!/usr/bin/env node
// `pnpm size`: measures the budgets in size-budgets.json against the production builds (run
// `pnpm build` first) and fails when one is exceeded. Two kinds of budget:
//   { "import": { "from": "@shoplet/core", "names": ["createShoplet"] } }  what a bundler keeps of that import
//                                                                           from the published build (Rollup, terser;
//                                                                           loaded up front: `import()` stays out)
//   { "files": ["packages/embed/dist/shoplet.js"] }                          those files, gzip each, summed
//   { "embed": { "tags": [...], "adapter": "vendure", "base"?: {...} } }    what the script tag loads for such a
//                                                                           page (minus "base"), from the embed's chunk graph
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

const root = join(import.meta.dirname, '..');

/** "5 KB" → 5120 bytes. */
export function parseLimit(text) {
  const match = /^([\d.]+)\s*(B|KB|kB)$/.exec(String(text).trim());
  if (!match) throw new Error(`Bad size limit "${text}": write it like "5 KB" or "900 B".`);
  return Math.round(Number(match[1]) * (match[2] === 'B' ? 1 : 1024));
}

export function loadBudgets() {
  return JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8')).budgets;
}

async function measureImport({ from, names }) {
  // An app beside the examples, so the import resolves as an app's would (node_modules, exports maps).
  const app = join(root, 'examples', '__size-budget.js');
  const bundle = await rollup({
    input: app,
    plugins: [
      {
        name: 'size-budget-app',
        resolveId: (id) => (id === app ? app : null),
        load: (id) => (id === app ? `export { ${names.join(', ')} } from '${from}';` : null),
      },
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      // The published build: never the `source` or `development` conditions.
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
    ],
    onwarn() {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  // The app's file and what it imports statically; a chunk reached only through `import()` loads on use.
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const loaded = new Set();
  const visit = (fileName) => {
    if (loaded.has(fileName)) return;
    loaded.add(fileName);
    for (const imported of chunks.get(fileName).imports) visit(imported);
  };
  visit(output.find((file) => file.type === 'chunk' && file.isEntry).fileName);
  return [...loaded].reduce((sum, fileName) => sum + gzipSync(chunks.get(fileName).code, { level: 9 }).length, 0);
}

function measureFiles(files) {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(root, file)), { level: 9 }).length, 0);
}

export async function measure(budget) {
  if (budget.import) return measureImport(budget.import);
  if (budget.files) return measureFiles(budget.files);
  if (budget.embed) return (await import('../packages/embed/scripts/page-weight.mjs')).measurePage(budget.embed);
  throw new Error(`Budget "${budget.name}" needs "import" or "files".`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = 0;
  for (const budget of loadBudgets()) {
    const limit = parseLimit(budget.limit);
    try {
      const size = await measure(budget);
      const ok = size <= limit;
      if (!ok) failed++;
      const pct = ((size / limit) * 100).toFixed(0);
      console.log(`${ok ? '✓' : '✗'} ${budget.name}: ${(size / 1024).toFixed(2)} KB gzip of ${budget.limit} (${pct}%)`);
      if (!ok)
        console.log(
          `  Over budget by ${size - limit} B. Make it smaller, or raise "limit" in size-budgets.json and the README together.`,
        );
    } catch (err) {
      failed++;
      console.log(`✗ ${budget.name}: could not measure (${err.message}). Run \`pnpm build\` first.`);
    }
  }
  process.exit(failed ? 1 : 0);
}
