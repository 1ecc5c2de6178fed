#!/usr/bin/env node
// What the script tag loads for a given page, from the chunk graph of the production build
// (dist/manifest.json): the loader, each tag's chunk and the adapter's client, with every
// chunk they import statically. Chunks loaded on use (the product sheet, hls.js, trust after the
// first element, checkout) are not part of it unless asked for.
//
//   node packages/embed/scripts/page-weight.mjs shoplet-image shoplet-product --adapter vendure
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');

/** Reads dist/manifest.json, with a clear message when the embed is not built. */
export function readManifest(dir = dist) {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file))
    throw new Error(`${file} is missing: run \`pnpm build\` (or \`pnpm --filter @shoplet/embed build\`).`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The files the loader imports for a page with `tags` and the `adapter`, gzip size of each.
 * @param {{ tags: string[], adapter?: string, extra?: string[] }} page
 *   extra: further manifest entries, e.g. "trust".
 */
export function pageChunks({ tags, adapter, extra = [] }, dir = dist) {
  const { loader, entries, chunks } = readManifest(dir);
  const roots = [loader];
  const wanted = [...tags, ...extra, ...(adapter ? [`client:${adapter}`] : [])];
  for (const name of wanted) {
    const file = entries[name];
    if (!file) throw new Error(`The build has no chunk for "${name}"; known: ${Object.keys(entries).join(', ')}.`);
    roots.push(file);
  }
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const dep of chunks[file]?.imports ?? []) visit(dep);
  };
  for (const root of roots) visit(root);
  return [...files].map((file) => ({ file, gzip: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length }));
}

/** Total gzip bytes of {@link pageChunks}, minus what `base` already loads (for "on top of" budgets). */
export function measurePage(page, dir = dist) {
  const files = pageChunks(page, dir);
  const baseFiles = page.base ? new Set(pageChunks(page.base, dir).map((f) => f.file)) : new Set();
  return files.filter((f) => !baseFiles.has(f.file)).reduce((sum, f) => sum + f.gzip, 0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--adapter');
  const adapter = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const files = pageChunks({ tags: args, adapter }).sort((a, b) => b.gzip - a.gzip);
  for (const f of files) console.log(`${(f.gzip / 1024).toFixed(2).padStart(7)} KB  ${f.file}`);
  console.log(`${(files.reduce((s, f) => s + f.gzip, 0) / 1024).toFixed(2).padStart(7)} KB  total (gzip)`);
}
