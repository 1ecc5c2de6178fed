// The script-tag bundle (packages/embed/dist) is built from the packages' sources. The browser
// tests and `pnpm start` need it current: build it when it is missing or older than any source.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds packages/embed/dist unless it is newer than every source it is made from.
 * @param {string} reason what needs it, for the log line
 */
export function ensureEmbedBundle(reason) {
  const embed = join(root, 'packages/embed');
  const bundle = join(embed, 'dist/manifest.json');
  const sources = ['core', 'elements', 'adapter-vendure', 'adapter-shopify', 'embed'].map((p) =>
    join(root, 'packages', p, 'src'),
  );
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= Math.max(...sources.map(newestSource))) return;
  console.log(`Building the script-tag bundle for ${reason} (packages/embed/dist is missing or stale)…`);
  execFileSync(join(root, 'node_modules/.bin/rollup'), ['-c', '--silent'], { cwd: embed, stdio: 'inherit' });
}
