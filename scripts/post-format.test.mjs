// The Shoppable Post format has one source, docs/shoppable-post.schema.json: the TypeScript types
// are generated from it, and the runtime validator must agree with it on every fixture in
// docs/examples/posts/ (valid/ and invalid/, each invalid one naming its field and message).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePost } from '../packages/elements/src/post/validate-post.ts';
import { postTypes, REGENERATE, SCHEMA_PATH, TYPES_PATH } from './post-types.mjs';

// ajv is a dev dependency of @shoplet/elements, whose validator it checks.
const require = createRequire(join(import.meta.dirname, '../packages/elements/package.json'));
const { default: Ajv2020 } = require('ajv/dist/2020.js');

const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
const validateSchema = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const fixtures = join(import.meta.dirname, '../docs/examples/posts');
const read = (folder) =>
  readdirSync(join(fixtures, folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, ...JSON.parse(readFileSync(join(fixtures, folder, name), 'utf8')) }));

/** An ajv error's field in the validator's notation: `/tags/1/x` → `tags[1].x`. */
function field(error) {
  const parts = error.instancePath.split('/').slice(1);
  if (error.keyword === 'required') parts.push(error.params.missingProperty);
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

const schemaErrors = (post) => (validateSchema(post) ? [] : validateSchema.errors.map(field));
const runtimeErrors = (post) => {
  const result = validatePost(post);
  return result.ok ? [] : result.errors;
};

describe('the Shoppable Post format', () => {
  it('has TypeScript types generated from the schema', () => {
    const current = readFileSync(TYPES_PATH, 'utf8');
    expect(
      current === postTypes(schema),
      `packages/core/src/shoppable-post.ts is out of date: run \`${REGENERATE}\``,
    ).toBe(true);
  });

  it('has fixtures of both kinds', () => {
    expect(read('valid').length).toBeGreaterThan(3);
    expect(read('invalid').length).toBeGreaterThan(10);
  });

  for (const fixture of read('valid')) {
    it(`accepts valid/${fixture.name} in the schema and the validator`, () => {
      expect(schemaErrors(fixture.post)).toEqual([]);
      expect(runtimeErrors(fixture.post)).toEqual([]);
    });
  }

  for (const fixture of read('invalid')) {
    it(`refuses invalid/${fixture.name} naming ${fixture.field}`, () => {
      expect(runtimeErrors(fixture.post)).toEqual([fixture.message]);
      // A few rules compare two values (end after start), which JSON Schema cannot say.
      if (fixture.schema === 'accepts') expect(schemaErrors(fixture.post)).toEqual([]);
      else expect(schemaErrors(fixture.post)).toContain(fixture.field);
    });
  }

  it('documents every schema example as a valid post', () => {
    for (const example of schema.examples) expect(runtimeErrors(example)).toEqual([]);
  });
});
