import { describe, expect, it } from 'vitest';
import { CART_DOCUMENTS, PRODUCT_FRAGMENT, productsQuery, SHOPIFY_API_VERSION } from '../src/index.js';
import { schemaApiVersion, validateDocument } from './schema.js';

describe('GraphQL documents against the real Storefront schema', () => {
  it('pins the API version of the schema the documents are validated against', () => {
    expect(SHOPIFY_API_VERSION).toBe(schemaApiVersion);
  });

  it.each(Object.entries(CART_DOCUMENTS))('%s is valid', (_name, document) => {
    expect(validateDocument(document).map((e) => e.message)).toEqual([]);
  });

  it.each([
    ['one handle', ['linen-shirt'], []],
    ['several handles', ['linen-shirt', 'canvas-tote', 'mug'], []],
    ['ids only', [], ['gid://shopify/Product/1']],
    ['handles and ids', ['linen-shirt'], ['gid://shopify/Product/1', 'gid://shopify/Product/2']],
  ])('the products query with %s is valid', (_name, handles, ids) => {
    expect(validateDocument(productsQuery(handles, ids).query).map((e) => e.message)).toEqual([]);
  });

  it('puts @inContext on every operation', () => {
    const operations = [...Object.values(CART_DOCUMENTS), productsQuery(['a'], ['gid://shopify/Product/1']).query];
    for (const doc of operations) {
      expect(doc).toMatch(
        /^(query|mutation) \w+\([^)]*\$country: CountryCode, \$language: LanguageCode[^)]*\) @inContext\(country: \$country, language: \$language\)/,
      );
    }
  });

  it('fails validation for a field the schema does not have (the check is real)', () => {
    const broken = productsQuery(['a'], []).query.replace('descriptionHtml', 'descriptionHTML');
    expect(
      validateDocument(broken)
        .map((e) => e.message)
        .join(),
    ).toMatch(/descriptionHTML/);
    expect(PRODUCT_FRAGMENT).toContain('descriptionHtml');
  });

  it('refuses to build an empty products query', () => {
    expect(() => productsQuery([], [])).toThrow(RangeError);
  });
});
