import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBudgets, parseLimit } from './size.mjs';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

function readmeBudgets() {
  const block = /<!-- budgets:start -->([\s\S]*?)<!-- budgets:end -->/.exec(readme)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => /^\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/.exec(line.trim()))
    .filter((m) => m && !/^-+$/.test(m[2]) && m[1] !== 'what')
    .map((m) => ({ name: m[1], limit: m[2] }));
}

describe('size budgets', () => {
  it('lists in the README exactly the budgets that size-budgets.json enforces', () => {
    const fromFile = loadBudgets().map((b) => ({ name: b.name, limit: b.limit }));
    expect(readmeBudgets()).toEqual(fromFile);
  });

  it('reads limits in KB and B', () => {
    expect(parseLimit('5 KB')).toBe(5120);
    expect(parseLimit('900 B')).toBe(900);
    expect(() => parseLimit('5kb!')).toThrow(/write it like/);
  });
});
