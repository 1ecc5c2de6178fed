// The real Storefront API schema that @shopify/hydrogen-react ships for its API version.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildClientSchema, type GraphQLError, type GraphQLSchema, parse, validate } from 'graphql';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@shopify/hydrogen-react/storefront.schema.json');

export const storefrontSchema: GraphQLSchema = buildClientSchema(JSON.parse(readFileSync(schemaPath, 'utf8')));

/** The Storefront API version the schema belongs to, read from hydrogen-react's generated types. */
export const schemaApiVersion: string = (() => {
  const types = readFileSync(require.resolve('@shopify/hydrogen-react/storefront-api-types'), 'utf8');
  const match = /Based on Storefront API (\S+)/.exec(types);
  if (!match?.[1]) throw new Error('storefront-api-types.d.ts no longer names its API version');
  return match[1];
})();

/** Parses and validates a document; returns the errors (empty when valid). */
export function validateDocument(query: string): readonly GraphQLError[] {
  try {
    return validate(storefrontSchema, parse(query));
  } catch (err) {
    return [err as GraphQLError];
  }
}
