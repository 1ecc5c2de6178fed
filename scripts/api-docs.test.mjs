// Every public export of every published package has TSDoc with an @example, so the generated
// API reference (`pnpm reference`) never has a bare entry.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const PACKAGES = ['core', 'adapter-shopify', 'adapter-vendure', 'elements', 'embed'];

function entryFiles(pkg) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));
  return Object.values(manifest.exports ?? {})
    .map((e) => (typeof e === 'object' ? e.source : null))
    .filter(Boolean)
    .map((p) => join(root, 'packages', pkg, p))
    .filter(existsSync);
}

function undocumented(files) {
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['source'],
    target: ts.ScriptTarget.ES2022,
    experimentalDecorators: true,
    allowJs: false,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const missing = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      // Only our own code: re-exports of dependencies (lit, nanostores) are documented upstream.
      if (!declarations.some((d) => d.getSourceFile().fileName.includes('/packages/'))) continue;
      const tags = declarations.flatMap((d) => ts.getJSDocTags(d));
      const hasDoc = declarations.some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
      if (!hasDoc || !tags.some((t) => t.tagName.text === 'example')) {
        missing.push(`${file.replace(`${root}/`, '')}: ${exported.name}`);
      }
    }
  }
  return missing;
}

describe('API documentation', () => {
  for (const pkg of PACKAGES) {
    const files = entryFiles(pkg);
    it(`every export of @shoplet/${pkg} has TSDoc with an @example`, () => {
      // No entry found means the exports map and this check drifted apart: fail, never skip.
      expect(files.length).toBeGreaterThan(0);
      expect(undocumented(files)).toEqual([]);
    });
  }
});
