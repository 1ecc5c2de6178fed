// Custom-field detection against servers that answer the introspection query in other ways than
// the demo backend does (which has every field; see browse, cart and checkout tests).
import { memoryStorage } from '@shoplet/core';
import { describe, expect, it } from 'vitest';
import { connect } from './backend.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A Shop API whose answer to the introspection query is `detect()`; products are never found. */
function server(detect: () => Response) {
  const queries: string[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const { query } = JSON.parse(String(init?.body)) as { query: string };
    queries.push(query);
    if (query.startsWith('query ShopletSchemaFeatures')) return detect();
    return json({ data: { p0: null } });
  };
  return { fetch, queries, products: () => queries.filter((q) => q.startsWith('query ShopletProducts')) };
}

const NO_INTROSPECTION = {
  errors: [
    {
      message: 'GraphQL introspection is not allowed by Apollo Server',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    },
  ],
};

describe('custom-field detection', () => {
  it('selects each feature whose fields the server has, and only those', async () => {
    const shop = server(() =>
      json({
        data: {
          compareAtPrice: { fields: [{ name: 'compareAtPrice' }] },
          reviews: { fields: [{ name: 'reviewRating' }] }, // reviewCount missing: no reviews
          attributes: { inputFields: [{ name: 'shopletRef' }, { name: 'shopletUtm' }] },
          deliveryDays: null,
        },
      }),
    );
    const adapter = connect('http://shop.test/shop-api', memoryStorage(), {}, shop.fetch);
    expect(await adapter.getProducts(['mug'])).toEqual([null]);
    expect(shop.products()[0]).toContain('customFields{compareAtPrice}');
    expect(shop.products()[0]).not.toContain('reviewRating');
    expect(adapter.capabilities.cartAttributes).toBe(true);
    expect(await adapter.deliveryPolicy?.()).toBeNull();
    expect(shop.queries.filter((q) => q.startsWith('query ShopletSchemaFeatures'))).toHaveLength(1);
  });

  it.each([
    ['with HTTP 400, as Vendure does when introspection is off', () => json(NO_INTROSPECTION, 400)],
    ['with GraphQL errors in a 200 answer', () => json(NO_INTROSPECTION)],
  ])('assumes a stock schema when the server refuses introspection %s', async (_, refuse) => {
    const shop = server(refuse);
    const adapter = connect('http://shop.test/shop-api', memoryStorage(), {}, shop.fetch);
    expect(await adapter.getProducts(['mug'])).toEqual([null]);
    expect(shop.products()[0]).not.toContain('customFields');
    expect(adapter.capabilities.cartAttributes).toBe(false);
  });

  it('asks again after a server error instead of assuming a stock schema', async () => {
    let down = true;
    const shop = server(() =>
      down ? json({}, 503) : json({ data: { compareAtPrice: { fields: [{ name: 'compareAtPrice' }] } } }),
    );
    const adapter = connect('http://shop.test/shop-api', memoryStorage(), {}, shop.fetch);
    await expect(adapter.getProducts(['mug'])).rejects.toMatchObject({ code: 'backend', status: 503 });
    down = false;
    expect(await adapter.getProducts(['mug'])).toEqual([null]);
    expect(shop.products()).toHaveLength(1);
    expect(shop.products()[0]).toContain('customFields{compareAtPrice}');
  });

  it('asks nothing when the fields are declared', async () => {
    const shop = server(() => json(NO_INTROSPECTION, 400));
    const adapter = connect(
      'http://shop.test/shop-api',
      memoryStorage(),
      { customFields: { reviews: true } },
      shop.fetch,
    );
    expect(await adapter.getProducts(['mug'])).toEqual([null]);
    expect(shop.queries).toHaveLength(1);
    expect(shop.products()[0]).toContain('customFields{reviewRating reviewCount}');
    expect(adapter.capabilities.cartAttributes).toBe(false);
  });
});
