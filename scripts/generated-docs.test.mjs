// The committed reference (docs/api, packages/elements/custom-elements.json) is what the sources
// generate today: a change to the public API comes with its regenerated reference.
import { describe, expect, it } from 'vitest';
import { staleFiles } from './docs.mjs';

describe('generated reference', () => {
  it('docs/api and custom-elements.json are current (else run `pnpm reference` and commit them)', () => {
    expect(staleFiles()).toEqual([]);
  }, 180_000);
});
