import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

// The example in the guide is the file that `tsc -p packages/react/test/types` checks.
it('docs/react.md shows the type-checked example', () => {
  const doc = readFileSync(join(root, 'docs', 'react.md'), 'utf8');
  const example = readFileSync(join(root, 'packages', 'react', 'test', 'types', 'docs-example.tsx'), 'utf8');
  expect(/```tsx\n([\s\S]*?)```/.exec(doc)?.[1]).toBe(example);
});
