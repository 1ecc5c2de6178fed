// Every module of @shoplet/elements that defines a tag when it loads must be listed in the
// package's `sideEffects`, or bundlers drop it and the tag never upgrades. Checked two ways: the
// globs match every defining file (source and built), and real bundlers (esbuild, and Rollup
// with node-resolve, which is what Vite uses) keep every definition behind
// `import '@shoplet/elements/define'`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';

const pkgDir = join(import.meta.dirname, '..', 'packages', 'elements');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const hasDist = existsSync(join(pkgDir, 'dist', 'define.js'));

/** Files under `dir` (package-relative, `/`-separated) whose name passes `keep`. */
function filesUnder(dir, keep) {
  return readdirSync(join(pkgDir, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => relative(pkgDir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
}

// A call at statement level whose first argument is a `shoplet-*` tag and second a class:
// `define('shoplet-cart', ShopletCart)` in source, `e("shoplet-cart",t)` once minified.
const topLevelDefine =
  /(?:^|[;}])\s*(?:customElements\.)?[A-Za-z_$][\w$]*\(\s*["'](shoplet-[a-z-]+)["']\s*,\s*[A-Za-z_$][\w$]*\s*\)/gm;

function definedTags(file) {
  return [...readFileSync(join(pkgDir, file), 'utf8').matchAll(topLevelDefine)].map((m) => m[1]);
}

// In a bundle the calls may be joined by commas; any `(tag, Class)` call is a definition there.
const defineCall = /\(\s*["'](shoplet-[a-z-]+)["']\s*,\s*[A-Za-z_$][\w$]*\s*\)/g;

function missingDefinitions(code) {
  const defined = new Set([...code.matchAll(defineCall)].map((m) => m[1]));
  return allTags.filter((tag) => !defined.has(tag));
}

function isSideEffectful(file) {
  return pkg.sideEffects.some((glob) => matchesGlob(`./${file}`, glob));
}

const sourceDefiners = filesUnder('src', (name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).filter(
  (file) => definedTags(file).length > 0,
);
const allTags = [...new Set(sourceDefiners.flatMap(definedTags))].sort();

describe('@shoplet/elements sideEffects', () => {
  it('finds the tag-defining modules in the source', () => {
    expect(allTags).toContain('shoplet-product');
    expect(allTags).toContain('shoplet-cart');
    expect(allTags.length).toBeGreaterThanOrEqual(14);
  });

  it('lists every source module that defines a tag at load time', () => {
    expect(sourceDefiners.filter((file) => !isSideEffectful(file))).toEqual([]);
  });

  it.runIf(hasDist)('lists every built module (entries and shared chunks) that defines a tag', () => {
    const built = filesUnder('dist', (name) => name.endsWith('.js')).filter((file) => definedTags(file).length > 0);
    expect(built.length).toBeGreaterThan(0);
    expect(built.filter((file) => !isSideEffectful(file))).toEqual([]);
  });

  it('keeps every definition when esbuild bundles the source', async () => {
    expect(missingDefinitions(await bundleWithEsbuild(['source']))).toEqual([]);
  });

  it.runIf(hasDist)('keeps every definition when esbuild bundles the built package', async () => {
    expect(missingDefinitions(await bundleWithEsbuild([]))).toEqual([]);
  });

  it.runIf(hasDist)(
    'keeps every definition when Rollup (as in Vite) bundles the built package',
    async () => {
      const bundle = await rollup({
        input: join(pkgDir, 'dist', 'define.js'),
        // Only the package's own files matter here; its dependencies stay out of the bundle.
        external: (id) => !id.startsWith('.') && !id.startsWith(pkgDir) && !id.startsWith('\0'),
        plugins: [nodeResolve({ browser: true })],
        onwarn: () => {},
      });
      const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
      const code = output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
      expect(missingDefinitions(code)).toEqual([]);
    },
    60_000,
  );
});

async function bundleWithEsbuild(conditions) {
  const result = await build({
    stdin: { contents: "import '@shoplet/elements/define';", resolveDir: join(pkgDir, '..', '..', 'examples') },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    conditions,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
