import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Every ```ts block of docs/social-commerce.md runs here, and each `// → value` comment is compared
// with what its console.log line prints, so the guide cannot drift from the API.
const here = fileURLToPath(new URL('.', import.meta.url));
const doc = readFileSync(resolve(here, '../../../docs/social-commerce.md'), 'utf8');
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
const dir = mkdtempSync(join(tmpdir(), 'shoplet-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const source = (file: string) => pathToFileURL(resolve(here, file)).href;
const LOG = /^(\s*.*?)console\.log\((.*)\);\s*(?:\/\/ → (.*))?$/;
const ARROW = /^\s*\/\/ → (.*)$/;

/** Turns `console.log(x); // → v` (or `// → v` on the next line) into a checked call. */
function instrument(code: string): { code: string; checks: number } {
  const lines = code.split('\n');
  let checks = 0;
  const out = lines.map((line, i) => {
    const m = LOG.exec(line);
    const expected = m?.[3] ?? ARROW.exec(lines[i + 1] ?? '')?.[1];
    if (!m || expected === undefined) return line;
    checks++;
    return `${m[1]}(globalThis as any).__check([${m[2]}], ${JSON.stringify(expected)});`;
  });
  return { code: out.join('\n'), checks };
}

/** `…` in the expected text stands for any run of characters. */
function matches(actual: string, expected: string): boolean {
  const pattern = expected
    .split('…')
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${pattern}$`).test(actual);
}

describe('docs/social-commerce.md examples', () => {
  it('has examples with checked results', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    expect(blocks.reduce((n, b) => n + instrument(b).checks, 0)).toBeGreaterThanOrEqual(20);
  });

  it.each(blocks.map((code, i) => [i + 1, code] as const))('example %i runs and logs what it says', async (i, code) => {
    const file = join(dir, `example-${i}.ts`);
    writeFileSync(
      file,
      instrument(code)
        .code.replaceAll("from '@shoplet/core/testing'", `from '${source('./testing.ts')}'`)
        .replaceAll("from '@shoplet/core'", `from '${source('./index.ts')}'`),
    );
    const mismatches: string[] = [];
    (globalThis as { __check?: unknown }).__check = (args: unknown[], expected: string) => {
      const show = (raw: boolean) =>
        args
          .map((a) =>
            raw && typeof a === 'string' ? a : inspect(a, { depth: Infinity, breakLength: Infinity, compact: true }),
          )
          .join(' ');
      if (!matches(show(true), expected) && !matches(show(false), expected)) {
        mismatches.push(`expected: ${expected}\n  actual: ${show(true)}`);
      }
    };
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await import(/* @vite-ignore */ pathToFileURL(file).href);
    } finally {
      log.mockRestore();
    }
    expect(mismatches).toEqual([]);
  });
});
