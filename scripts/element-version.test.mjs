import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const elements = join(import.meta.dirname, '..', 'packages', 'elements');

// Copies of Shoplet on one page compare this version before sharing their default client.
it('the page registry carries the version of @shoplet/elements', () => {
  const { version } = JSON.parse(readFileSync(join(elements, 'package.json'), 'utf8'));
  const source = readFileSync(join(elements, 'src', 'internal', 'default-client.ts'), 'utf8');
  expect(/const VERSION = '([^']+)'/.exec(source)?.[1]).toBe(version);
});
