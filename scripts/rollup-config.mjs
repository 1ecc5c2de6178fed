// One rollup config for every published package: a minified production build (DEV_MODE stripped,
// GraphQL documents and Lit templates minified) at dist/<entry>.js, a readable development build
// at dist/development/<entry>.js, and declarations under dist/types. Dependencies stay external;
// the embed bundles its own.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyGraphqlDocuments } from './minify-graphql.mjs';
import { minifyTemplates } from './minify-templates.mjs';

/**
 * @param {{ dir: string, entries: string[], bundleDependencies?: boolean, extraOutput?: object }} opts
 */
export function packageConfig({ dir, entries, bundleDependencies = false, extraOutput = {} }) {
  const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
  // Content-hashed chunks of earlier builds would otherwise pile up beside the new ones.
  rmSync(resolve(dir, 'dist'), { recursive: true, force: true });
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const external = bundleDependencies ? () => false : (id) => deps.some((d) => id === d || id.startsWith(`${d}/`));
  const input = Object.fromEntries(entries.map((e) => [e, resolve(dir, `src/${e}.ts`)]));
  const build = (dev) => ({
    input,
    external,
    plugins: [
      replace({
        preventAssignment: true,
        values: { 'const DEV_MODE = true': `const DEV_MODE = ${dev}` },
        delimiters: ['', ''],
      }),
      nodeResolve({ exportConditions: dev ? ['development', 'browser'] : ['browser'] }),
      typescript({
        tsconfig: resolve(dir, 'tsconfig.json'),
        declaration: !dev,
        declarationDir: dev ? undefined : resolve(dir, 'dist/types'),
        outDir: resolve(dir, dev ? 'dist/development' : 'dist'),
        exclude: ['**/*.test.ts', '**/*.test-d.ts'],
        noEmitOnError: true,
        sourceMap: false,
      }),
      // On the compiled code: the TypeScript plugin compiles the files as they are on disk.
      !dev && minifyGraphqlDocuments(),
      !dev && minifyTemplates(),
      !dev && terser({ module: true, ecma: 2022, compress: { passes: 2 } }),
    ].filter(Boolean),
    output: {
      dir: resolve(dir, dev ? 'dist/development' : 'dist'),
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: dev ? '[name].js' : '[name]-[hash].js',
      ...extraOutput,
    },
  });
  return [build(false), build(true)];
}
