#!/usr/bin/env node
// Where a page's bytes go, module by module. Bundles what a page with these tags and adapter runs
// before any interaction (code loaded on use, through `import()`, is left out) into one file with
// the production build's plugins, then prints its gzip size and each module's share: how many gzip
// bytes the file loses without that module. Nothing is written to dist/.
//
//   node packages/embed/scripts/module-cost.mjs shoplet-image shoplet-tag shoplet-product shoplet-cart-button --adapter vendure
//
// The total is what the page would load as a single file, so it sits a little under page-weight.mjs
// (which adds each chunk's own gzip overhead and the exports other chunks need). Compare the two
// before and after a change; the shares show where to look.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { plugins } from '../rollup.config.mjs';

const dir = resolve(import.meta.dirname, '..');
// A virtual module beside the sources, so its `./x.js` imports resolve as the sources' do.
const ENTRY = resolve(dir, 'src/__page.js');
const gz = (code) => gzipSync(code, { level: 9 }).length;

/** `{ tag: module }` from src/elements.ts, as the loader imports them. */
function elementModules() {
  const source = readFileSync(resolve(dir, 'src/elements.ts'), 'utf8');
  return Object.fromEntries(
    [...source.matchAll(/'(shoplet-[a-z-]+)'.*import\('([^']+)'\)/g)].map(([, tag, specifier]) => [tag, specifier]),
  );
}

/**
 * Bundles the page and measures it.
 * @param {{ tags: string[], adapter?: string }} page
 * @returns {Promise<{ total: number, modules: { id: string, share: number }[] }>}
 */
export async function moduleCost({ tags, adapter }) {
  const known = elementModules();
  const imports = tags.map((tag) => {
    if (!known[tag]) throw new Error(`Unknown tag "${tag}"; known: ${Object.keys(known).join(', ')}.`);
    return `import ${JSON.stringify(known[tag])};`;
  });
  if (adapter) {
    const adapterEntry = {
      vendure: './client-vendure.js',
      shopify: './client-shopify.js',
      memory: './client-memory.js',
    }[adapter];
    if (!adapterEntry) throw new Error(`Unknown adapter "${adapter}": use vendure, shopify or memory.`);
    imports.push(`export * from ${JSON.stringify(adapterEntry)};`);
  }
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      {
        name: 'shoplet-page-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : null),
        load: (id) => (id === ENTRY ? imports.join('\n') : null),
        // What loads on use stays out: the page has not asked for it yet.
        resolveDynamicImport: () => false,
      },
      ...plugins(false),
    ],
    onwarn() {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunk = output.find((o) => o.type === 'chunk');
  const whole = await minify(chunk.code, {
    module: true,
    ecma: 2022,
    compress: { passes: 2 },
    format: { comments: false },
  });
  // Shares: each module minified alone (names kept, so modules stay separable), left out in turn.
  const parts = [];
  for (const [id, mod] of Object.entries(chunk.modules)) {
    if (!mod.renderedLength || !mod.code) continue;
    const small = await minify(mod.code, { module: true, compress: false, mangle: false }).catch(() => ({
      code: mod.code,
    }));
    parts.push({ id, code: small.code });
  }
  const all = gz(parts.map((p) => p.code).join('\n'));
  const scale = gz(whole.code) / all;
  const modules = parts
    .map((p, i) => ({
      id: p.id.replace(/^.*\/(packages|node_modules)\//, ''),
      share: Math.round(
        (all -
          gz(
            parts
              .filter((_, j) => j !== i)
              .map((q) => q.code)
              .join('\n'),
          )) *
          scale,
      ),
    }))
    .sort((a, b) => b.share - a.share);
  return { total: gz(whole.code), modules };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--adapter');
  const adapter = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const { total, modules } = await moduleCost({ tags: args, adapter });
  for (const m of modules) console.log(`${String(m.share).padStart(6)} B  ${m.id}`);
  console.log(`${(total / 1024).toFixed(2).padStart(7)} KB  as one file (gzip), loader not included`);
}
