// The script-tag bundle: dist/shoplet.js (the loader) and content-hashed chunks beside it, one
// self-contained folder for any static host. Unlike the other packages, every dependency is
// bundled (Lit, nanostores, DOMPurify, hls.js become shared or lazy chunks) and the workspace
// packages are compiled from their sources (the `source` export condition). Which modules share a
// file is decided here, from the embed's own modules (GROUPS). Production: minified, DEV_MODE
// stripped, Lit's production build, templates and GraphQL documents minified. dist/development/:
// readable.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import { minifyGraphqlDocuments } from '../../scripts/minify-graphql.mjs';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

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
  const embedModules = {
    client: 'src/client.ts',
    'client:vendure': 'src/client-vendure.ts',
    'client:shopify': 'src/client-shopify.ts',
    'client:memory': 'src/client-memory.ts',
    trust: 'src/trust.ts',
  };
  const table = resolve(dir, 'src/elements.ts');
  return {
    name: 'shoplet-manifest',
    async generateBundle(_options, bundle) {
      const ids = Object.fromEntries(Object.entries(embedModules).map(([name, path]) => [name, resolve(dir, path)]));
      // Each tag's module, as the loader's table imports it (through the packages' exports maps).
      for (const [, tag, specifier] of readFileSync(table, 'utf8').matchAll(
        /'(shoplet-[a-z-]+)'.*import\('([^']+)'\)/g,
      ))
        ids[tag] = (await this.resolve(specifier, table))?.id;
      const byModule = new Map();
      const chunks = {};
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        // A dynamically imported module may share its chunk with others (no facade of its own).
        for (const id of file.moduleIds) if (!byModule.has(id)) byModule.set(id, file.fileName);
        if (file.facadeModuleId) byModule.set(file.facadeModuleId, file.fileName);
        chunks[file.fileName] = { imports: file.imports, dynamicImports: file.dynamicImports };
      }
      const entries = Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, byModule.get(id) ?? null]));
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify({ loader: 'shoplet.js', entries, chunks }, null, 2)}\n`,
      });
    },
  };
}

/**
 * The files the script tag is split into, declared by the embed's own modules: each group is one
 * file with everything its module needs to run that base does not hold. `base`
 * (src/chunks/base.ts) is what nearly every shoppable page shows: one file compresses better and
 * costs fewer requests than one per element. Each adapter's script-tag client carries that
 * adapter's code and no other adapter's.
 */
const GROUPS = {
  base: 'src/chunks/base.ts',
  vendure: 'src/client-vendure.ts',
  shopify: 'src/client-shopify.ts',
  memory: 'src/client-memory.ts',
};

/**
 * The chunk of every module: a first build with Rollup's default chunking (one chunk per set of
 * importers, along the `import()`s the loader and the packages make), with each group's chunks
 * merged into one. A group needs its module's chunk and every chunk that one imports statically;
 * Rollup has tree-shaken that graph, so an index that re-exports a whole package pulls in only
 * what is used. What two adapters need (the transport, say) goes to base, which they both load.
 */
async function chunkLayout(options) {
  const roots = Object.fromEntries(Object.entries(GROUPS).map(([name, path]) => [name, resolve(dir, path)]));
  const bundle = await rollup({ ...options, input: { ...options.input, ...roots }, onwarn() {} });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((file) => file.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const needs = (fileName, seen = new Set()) => {
    if (!seen.has(fileName)) {
      seen.add(fileName);
      for (const imported of byFile.get(fileName).imports) needs(imported, seen);
    }
    return seen;
  };
  const groupOf = new Map();
  for (const [group, root] of Object.entries(roots)) {
    const own = chunks.find((chunk) => chunk.facadeModuleId === root);
    for (const fileName of needs(own.fileName)) {
      const owner = groupOf.get(fileName);
      groupOf.set(fileName, owner && owner !== group ? 'base' : group);
    }
  }
  const chunkOf = new Map();
  const names = new Set(Object.keys(GROUPS));
  for (const chunk of chunks) {
    // The loader keeps what Rollup gives it; base.ts itself is an entry of this first build only.
    if (chunk.isEntry && !chunk.isDynamicEntry) continue;
    let name = groupOf.get(chunk.fileName);
    if (!name) {
      name = chunk.name;
      for (let n = 2; names.has(name); n++) name = `${chunk.name}${n}`;
      names.add(name);
    }
    for (const id of chunk.moduleIds) chunkOf.set(id, name);
  }
  return chunkOf;
}

/**
 * Fails the build when a group's file would load another file than base: a module of the group
 * then reaches code outside it for its side effects (through a package index, say), which the
 * first build did not see. Import the exact subpath instead.
 */
function groupsStandAlone() {
  return {
    name: 'shoplet-groups-stand-alone',
    generateBundle(_options, bundle) {
      const fileOf = Object.fromEntries(
        Object.values(bundle)
          .filter((file) => file.type === 'chunk')
          .map((chunk) => [chunk.name, chunk.fileName]),
      );
      for (const group of Object.keys(GROUPS)) {
        const chunk = bundle[fileOf[group]];
        const others = chunk?.imports.filter((file) => file !== fileOf.base) ?? [];
        if (others.length) this.error(`The ${group} chunk imports ${others.join(', ')}; it should need only base.`);
      }
    },
  };
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

/** The plugins that compile a build, before minifying; `dev`: the readable development build. */
export const plugins = (dev) =>
  [
    replace({
      preventAssignment: false,
      delimiters: ['', ''],
      values: {
        'const DEV_MODE = true': `const DEV_MODE = ${dev}`,
        // nanostores (and others) read it; browsers have no `process`.
        'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
      },
    }),
    // Before the TypeScript is compiled, which drops the `/* GraphQL */` markers with the comments.
    !dev && minifyGraphqlDocuments(),
    workspaceSources(),
    !dev && dropDevWarnings(),
    !dev && minifyTemplates(),
    nodeResolve({
      browser: true,
      extensions: ['.ts', '.mjs', '.js'],
      exportConditions: dev ? ['source', 'development', 'browser'] : ['source', 'browser', 'production'],
    }),
  ].filter(Boolean);

/** The production (`dev` false, minified) or development build. */
export async function build(dev) {
  const input = { shoplet: resolve(dir, 'src/shoplet.ts') };
  const chunkOf = process.env.NO_MANUAL ? new Map() : await chunkLayout({ input, plugins: plugins(dev) });
  return {
    input,
    plugins: [
      !dev && clean(),
      ...plugins(dev),
      // Shortens local names and `#private` members. Other properties keep their names: Lit reads
      // reactive properties by name, and other packages' code reads ours.
      !dev && terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
      !process.env.NO_MANUAL && groupsStandAlone(),
      manifest(),
    ].filter(Boolean),
    output: {
      dir: resolve(dir, dev ? 'dist/development' : 'dist'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks: (id) => chunkOf.get(id),
    },
  };
}

export default async () => [await build(false), await build(true)];
