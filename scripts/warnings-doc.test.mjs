import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sources(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}

describe('docs/warnings.md', () => {
  it('explains every warning code the packages can print', () => {
    const doc = readFileSync(join(root, 'docs/warnings.md'), 'utf8');
    const documented = new Set([...doc.matchAll(/^## ([a-z0-9-]+)$/gm)].map((m) => m[1]));
    const used = new Set();
    for (const file of sources(join(root, 'packages'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/warnOnce\(\s*'([a-z0-9-]+)'/g)) used.add(m[1]);
      // Codes chosen at run time are written as string literals next to the call.
      if (/warnOnce\(code,/.test(text))
        for (const m of text.matchAll(/'((?:unknown|invalid|product)-[a-z-]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((code) => !documented.has(code)).sort()).toEqual([]);
  });
});
