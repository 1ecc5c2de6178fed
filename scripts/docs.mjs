#!/usr/bin/env node
// `pnpm reference`: regenerates the reference that is generated from the sources and committed: the API
// reference as markdown in docs/api/ (typedoc + typedoc-plugin-markdown, members inherited from Lit
// left out), packages/elements/custom-elements.json (the custom elements manifest) and the typed-template
// declarations generated from it (packages/elements/types, scripts/element-types.mjs).
//
//   pnpm reference            write both
//   pnpm reference --check    write both into a temporary folder and fail, naming the files, when the
//                        committed ones differ (scripts/generated-docs.test.mjs runs it in CI)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const elements = join(root, 'packages/elements');
const API = 'docs/api';
const MANIFEST = 'packages/elements/custom-elements.json';

function run(command, args, cwd, quiet) {
  const result = spawnSync(command, args, { cwd, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`${relative(root, command)} ${args.join(' ')} failed (exit ${result.status}).`);
  }
}

/** Writes docs/api and the elements' custom-elements.json under `out` (the repository, or a copy's root). */
export function generate(out, { quiet = false } = {}) {
  run(
    join(root, 'node_modules/.bin/typedoc'),
    [
      ['--options', 'typedoc.json'],
      ['--plugin', 'typedoc-plugin-markdown', '--plugin', './scripts/typedoc-own-members.mjs'],
      ['--out', join(out, API)],
      quiet ? ['--logLevel', 'Error'] : [],
    ].flat(),
    root,
    quiet,
  );
  run(
    join(elements, 'node_modules/.bin/cem'),
    [
      'analyze',
      '--litelement',
      ['--globs', 'src/**/*.ts'],
      ['--exclude', 'src/**/*.test.ts', '--exclude', 'src/test-utils/**'],
      // The analyzer takes the folder relative to where it runs.
      ['--outdir', relative(elements, join(out, 'packages/elements'))],
    ].flat(),
    elements,
    quiet,
  );
  // The analyzer lists modules in the order its file search happens to finish: sort them by path.
  const file = join(out, MANIFEST);
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

function files(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** The committed files that differ from a fresh generation (missing, extra or changed), relative to the root. */
export function staleFiles() {
  const fresh = mkdtempSync(join(tmpdir(), 'shoplet-docs-'));
  try {
    generate(fresh, { quiet: true });
    const paths = new Set([...files(join(root, API), `${API}/`), ...files(join(fresh, API), `${API}/`), MANIFEST]);
    const read = (base, path) => (existsSync(join(base, path)) ? readFileSync(join(base, path), 'utf8') : null);
    return [...paths].filter((path) => read(root, path) !== read(fresh, path)).sort();
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const stale = staleFiles();
    if (stale.length) {
      console.error(
        `The generated reference is out of date (${stale.length} files, e.g. ${stale.slice(0, 5).join(', ')}).`,
      );
      console.error('Run `pnpm reference` and commit docs/api and packages/elements/custom-elements.json.');
      process.exit(1);
    }
    console.log('docs/api and custom-elements.json are current.');
  } else {
    generate(root);
    // The elements' typed-template declarations are generated from the manifest just written.
    run(process.execPath, [join(root, 'scripts/element-types.mjs')], root, false);
  }
}
