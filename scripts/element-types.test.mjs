import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generate, readElements } from './element-types.mjs';

const root = join(import.meta.dirname, '..');
const elementsDir = join(root, 'packages', 'elements');
const manifest = JSON.parse(readFileSync(join(elementsDir, 'custom-elements.json'), 'utf8'));

async function typecheck(project) {
  const tsc = join(root, 'node_modules', '.bin', 'tsc');
  try {
    await promisify(execFile)(tsc, ['-p', project], { cwd: root });
    return '';
  } catch (error) {
    return String(error.stdout || error);
  }
}

describe('template typings of @shoplet/elements', () => {
  it('are what custom-elements.json generates', () => {
    for (const [path, text] of Object.entries(generate(manifest))) {
      const current = readFileSync(join(elementsDir, path), 'utf8');
      expect(current, `${path} is stale: run \`node scripts/element-types.mjs\``).toBe(text);
    }
  });

  it('cover every element with its events', () => {
    const product = readElements(manifest).find((e) => e.tag === 'shoplet-product');
    expect(product?.properties).toEqual(expect.arrayContaining(['product', 'layout', 'client', 'strings']));
    expect(product?.events).toContain('shoplet-add-to-cart');
    expect(readElements(manifest).length).toBeGreaterThanOrEqual(14);
  });

  it('type-check React JSX: known tags, typed properties and event details', async () => {
    expect(await typecheck('packages/react/test/types')).toBe('');
  }, 60_000);

  it.runIf(existsSync(join(elementsDir, 'dist', 'types', 'index.d.ts')))(
    'give the built main entry the tag name map (no defining module imported)',
    async () => {
      expect(await typecheck('packages/elements/types/test/built')).toBe('');
    },
    60_000,
  );

  it('type-check Vue GlobalComponents and Svelte svelteHTML', async () => {
    expect(await typecheck('packages/elements/types/test')).toBe('');
  }, 60_000);

  it('type-check Preact JSX', async () => {
    expect(await typecheck('packages/elements/types/test/preact')).toBe('');
  }, 60_000);

  it('type-check the Vue guide example', async () => {
    expect(await typecheck('packages/vue/test/types')).toBe('');
  }, 60_000);
});
