// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the inputs are JavaScript source text holding templates
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  minifyGraphql,
  minifyGraphqlDocuments,
  minifyGraphqlParts,
  minifyGraphqlTemplates,
} from './minify-graphql.mjs';

// `graphql` is a dev dependency of the Shopify adapter (its schema test), not of the workspace root.
const { parse, print } = createRequire(new URL('../packages/adapter-shopify/package.json', import.meta.url))('graphql');

/** The same document, whatever its layout: graphql-js parses both and prints them alike. */
const expectSameDocument = (minified, readable) => expect(print(parse(minified))).toBe(print(parse(readable)));

const READABLE = `
  # Products for the cards, with their default values.
  query ShopletProducts($first: Int = 10, $tag: String = "a  b, # not a comment", $ids: [ID!]! = ["1", "2"]) {
    products(first: $first, filter: { tag: $tag, price: -1.5e3 }) {
      ...ShopletProduct
      ... on Product @include(if: true) { id }
    }
  }

  fragment ShopletProduct on Product {
    id
    title # the shown name
    description(format: """
      kept   exactly, "quotes" and \\""" too
    """)
    variants { nodes { id, title } }
  }
`;

describe('minifyGraphql', () => {
  it('parses as the same document, with strings and block strings kept exactly', () => {
    const minified = minifyGraphql(READABLE);
    expectSameDocument(minified, READABLE);
    expect(minified).toContain('"a  b, # not a comment"');
    expect(minified).toContain('"""\n      kept   exactly, "quotes" and \\""" too\n    """');
    expect(minified).not.toContain('the shown name');
    expect(minified.length).toBeLessThan(READABLE.length * 0.75);
  });

  it('keeps only the spaces GraphQL needs', () => {
    expect(minifyGraphql('query {\n  a: product(slug: "mug") { id name ... on X { y } }\n}')).toBe(
      'query{a:product(slug:"mug"){id name...on X{y}}}',
    );
    const list = '{ f(list: [1, 2, "a", "", "b", true], e: ENUM) }';
    expect(minifyGraphql(list)).toBe('{f(list:[1 2 "a" "" "b" true]e:ENUM)}');
    expectSameDocument(minifyGraphql(list), list);
  });

  it('refuses what is not GraphQL instead of guessing', () => {
    expect(() => minifyGraphql('{ a; }')).toThrow(/Unexpected ";"/);
    expect(() => minifyGraphql('{ a(s: "open) }')).toThrow(/Unterminated string/);
  });

  it('keeps a space where an expression meets a name, and a string that spans one', () => {
    expect(minifyGraphqlParts(['query {\n  id ', '\n  name\n  f(s: "a ', ' b")\n}'])).toEqual([
      'query{id ',
      ' name f(s:"a ',
      ' b")}',
    ]);
    expect(minifyGraphqlParts(['{ a {', '} }'])).toEqual(['{a{', '}}']);
    expect(minifyGraphqlParts(['query { ', ' ', ', ', ' }'])).toEqual(['query{', ' ', ' ', '}']);
    expect(() => minifyGraphqlParts(['{ a # note ', '\n}'])).toThrow(/comment/);
  });
});

describe('minifyGraphqlTemplates', () => {
  it('minifies marked templates and leaves other code alone', () => {
    const code =
      'const q = /* GraphQL */ `\n  query {\n    product(slug: "mug") {\n      id\n    }\n  }\n`;\nconst s = `keep   this`;';
    expect(minifyGraphqlTemplates(code)).toBe('const q = `query{product(slug:"mug"){id}}`;\nconst s = `keep   this`;');
  });

  it('keeps expressions, minifies marked templates nested in them, and keeps escapes', () => {
    const code = [
      'const f = (on) => /* GraphQL */ `',
      '  fragment P on Product {',
      '    id',
      "    ${on ? /* GraphQL */ `customFields {\n  rating\n}` : ''}",
      '    d(s: "a\\\\"b \\` \\${x}")',
      '  }',
      '  ${ASSET}',
      '`;',
    ].join('\n');
    const out = minifyGraphqlTemplates(code);
    expect(out).toBe(
      'const f = (on) => `fragment P on Product{id ${on ? `customFields{rating}` : \'\'} d(s:"a\\\\"b \\` \\${x}")}${ASSET}`;',
    );
    const on = new Function('ASSET', `${out.replace('const f =', 'return')}`)('fragment A on Asset{id}')(true);
    const readable = new Function('ASSET', `${code.replace('const f =', 'return')}`)('fragment A on Asset{id}')(true);
    expect(on).not.toBe(readable);
    expectSameDocument(on, readable);
  });
});

describe('minifyGraphqlDocuments (Rollup plugin)', () => {
  it('touches only the packages’ own sources that hold marked documents', () => {
    const plugin = minifyGraphqlDocuments();
    const code = 'export const Q = /* GraphQL */ `\n  { shop { name } }\n`;';
    expect(plugin.transform(code, '/repo/packages/adapter-vendure/src/queries.ts')).toEqual({
      code: 'export const Q = `{shop{name}}`;',
      map: null,
    });
    expect(plugin.transform(code, '/repo/node_modules/x/index.js')).toBeNull();
    expect(plugin.transform('const s = `{ a }`;', '/repo/packages/core/src/x.ts')).toBeNull();
  });
});

describe('the adapters’ documents, minified as the build does it', () => {
  /** Imports a source file as the build's minifier leaves it (its own imports are types only). */
  const minifiedModule = async (path) => {
    const source = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
    const code = minifyGraphqlDocuments().transform(source, `/repo/${path}`)?.code;
    expect(code).toBeTruthy();
    const dir = mkdtempSync(join(tmpdir(), 'shoplet-minified-'));
    const file = join(dir, 'queries.ts');
    writeFileSync(file, code);
    try {
      return await import(pathToFileURL(file).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('Shopify: the same documents, still valid against the Storefront schema', async () => {
    const readable = await import('../packages/adapter-shopify/src/queries.ts');
    const minified = await minifiedModule('packages/adapter-shopify/src/queries.ts');
    const { validateDocument } = await import('../packages/adapter-shopify/test/schema.ts');
    const documents = (queries) => [
      ...Object.values(queries.CART_DOCUMENTS),
      queries.productsQuery(['linen-shirt', 'mug'], ['gid://shopify/Product/1']).query,
    ];
    const pairs = documents(minified).map((doc, i) => [doc, documents(readable)[i]]);
    for (const [small, large] of pairs) {
      expect(small.length).toBeLessThan(large.length);
      expectSameDocument(small, large);
      expect(validateDocument(small).map((e) => e.message)).toEqual([]);
    }
  });

  it('Vendure: the same documents, with and without custom fields', async () => {
    const readable = await import('../packages/adapter-vendure/src/queries.ts');
    const minified = await minifiedModule('packages/adapter-vendure/src/queries.ts');
    const documents = (queries, has) => {
      const features = { compareAtPrice: has, reviews: has, attributes: has, deliveryDays: has };
      const steps = [
        { field: 'addItemToOrder', args: { productVariantId: ['ID!', '1'], quantity: ['Int!', 1] }, stockErrors: true },
        { field: 'removeCouponCode', args: { couponCode: ['String!', 'X'] }, errorResults: false },
      ];
      return [
        queries.productsQuery([{ by: 'slug', value: 'mug' }], features).query,
        queries.activeOrderQuery(features),
        queries.orderChangeMutation(steps, features).document,
        queries.REOPEN_ORDER_MUTATION,
        queries.toPaymentMutation(features),
        queries.payMutation(features),
        queries.shippingMethodsQuery(features),
        queries.PAYMENT_METHODS_QUERY,
        queries.SCHEMA_FEATURES_QUERY,
        queries.SHIPPING_WINDOWS_QUERY,
      ];
    };
    for (const has of [true, false]) {
      const large = documents(readable, has);
      documents(minified, has).forEach((small, i) => {
        expect(small.length).toBeLessThan(large[i].length);
        expectSameDocument(small, large[i]);
      });
    }
  });
});
