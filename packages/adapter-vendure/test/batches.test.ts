// Product batches against a Shop API that answers from a small catalogue: how refs are split into
// requests, and that one bad ref or one unreadable product never takes the others down.
import { memoryStorage } from '@shoplet/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_REF_LENGTH, PRODUCTS_PER_REQUEST } from '../src/products.js';
import { connect } from './backend.js';

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

/** A product as the Shop API returns it for the documents the adapter sends. */
function vendureProduct(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    id: `id-${slug}`,
    name: slug,
    slug,
    description: `<p>${slug}</p>`,
    featuredAsset: null,
    assets: [],
    optionGroups: [],
    facetValues: [],
    variants: [
      {
        id: `v-${slug}`,
        name: slug,
        sku: slug.toUpperCase(),
        priceWithTax: 1000,
        currencyCode: 'EUR',
        stockLevel: 'IN_STOCK',
        featuredAsset: null,
        options: [],
      },
    ],
    ...overrides,
  };
}

/** Answers each product field from `catalogue` (by slug or id); records the variables of each request. */
function shopApi(catalogue: Record<string, ReturnType<typeof vendureProduct> | Record<string, unknown>>) {
  const requests: Record<string, string>[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const { query, variables } = JSON.parse(String(init?.body)) as {
      query: string;
      variables: Record<string, string>;
    };
    if (!query.startsWith('query ShopletProducts')) throw new Error(`unexpected query ${query.slice(0, 40)}`);
    requests.push(variables);
    const data = Object.fromEntries(
      Object.entries(variables).map(([alias, value]) => [alias, catalogue[value.replace(/^id-/, '')] ?? null]),
    );
    return json({ data });
  };
  return { fetch, requests };
}

const connectTo = (fetch: typeof globalThis.fetch) =>
  connect('http://shop.test/shop-api', memoryStorage(), { customFields: {} }, fetch);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('product batches', () => {
  it(`asks for at most ${PRODUCTS_PER_REQUEST} products per request, and answers in the order asked`, async () => {
    const slugs = Array.from({ length: 2 * PRODUCTS_PER_REQUEST + 7 }, (_, i) => `p-${i}`);
    const shop = shopApi(Object.fromEntries(slugs.map((slug) => [slug, vendureProduct(slug)])));
    const products = await connectTo(shop.fetch).getProducts([...slugs, 'missing']);
    expect(shop.requests.map((variables) => Object.keys(variables).length)).toEqual([
      PRODUCTS_PER_REQUEST,
      PRODUCTS_PER_REQUEST,
      8,
    ]);
    expect(products.map((p) => p?.handle ?? null)).toEqual([...slugs, null]);
  });

  it('leaves out a ref too long to be a slug or id, alone, naming it in development', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const shop = shopApi({ mug: vendureProduct('mug'), cup: vendureProduct('cup') });
    const huge = 'x'.repeat(1024 * 1024);
    const products = await connectTo(shop.fetch).getProducts(['mug', huge, { id: 'id-cup' }, { id: '' }]);
    expect(products.map((p) => p?.handle ?? null)).toEqual(['mug', null, 'cup', null]);
    expect(JSON.stringify(shop.requests).length).toBeLessThan(200);
    expect(warn.mock.calls.join('\n')).toMatch(new RegExp(`refs\\[1\\] is longer than ${MAX_REF_LENGTH} characters`));
    expect(warn.mock.calls.join('\n')).toContain('refs[3] is not a product slug or { id }');
  });

  it('shows a product whose description has an entity that names no character', async () => {
    const shop = shopApi({
      odd: vendureProduct('odd', { description: '<p>Size&#x110000; guide &#xD800;</p>' }),
      mug: vendureProduct('mug'),
    });
    const [odd, mug] = await connectTo(shop.fetch).getProducts(['odd', 'mug']);
    expect(odd?.description).toBe('Size\uFFFD guide \uFFFD');
    expect(mug?.handle).toBe('mug');
  });

  it('leaves out only the product whose data cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const shop = shopApi({
      mug: vendureProduct('mug'),
      broken: vendureProduct('broken', { variants: null }),
      cup: vendureProduct('cup'),
    });
    const products = await connectTo(shop.fetch).getProducts(['mug', 'broken', 'cup']);
    expect(products.map((p) => p?.handle ?? null)).toEqual(['mug', null, 'cup']);
    expect(warn.mock.calls.join('\n')).toContain('"broken" could not be read');
  });
});
