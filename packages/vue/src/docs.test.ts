import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

// The example in the guide is the file that `tsc -p packages/vue/test/types` checks.
it('docs/vue.md shows the type-checked example', () => {
  const doc = readFileSync(join(root, 'docs', 'vue.md'), 'utf8');
  const example = readFileSync(join(root, 'packages', 'vue', 'test', 'types', 'docs-example.ts'), 'utf8');
  expect(/## A typed example[\s\S]*?```ts\n([\s\S]*?)```/.exec(doc)?.[1]).toBe(example);
});
