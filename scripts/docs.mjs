#!/usr/bin/env node
// `pnpm docs`: the API reference as markdown into docs/api/ (typedoc + typedoc-plugin-markdown),
// and a check that every public export has TSDoc with an @example.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const result = spawnSync(
  join(root, 'node_modules/.bin/typedoc'),
  ['--options', 'typedoc.json', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
