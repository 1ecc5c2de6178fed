// Custom-field detection against servers that answer the introspection query in other ways than
// the demo backend does (which has every field; see browse, cart and checkout tests), and how long
// a detection is trusted.
import { memoryStorage } from '@shoplet/core';
import { describe, expect, it } from 'vitest';
import { connect } from './backend.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The query text with its white space collapsed, to look for a selection in it. */
const flat = (query: string | undefined) => (query ?? '').replace(/\s+/g, ' ');

const ALL_FIELDS = {
  compareAtPrice: { fields: [{ name: 'compareAtPrice' }] },
  reviews: { fields: [{ name: 'reviewRating' }, { name: 'reviewCount' }] },
  attributes: { inputFields: [{ name: 'shopletRef' }, { name: 'shopletUtm' }] },
  deliveryDays: { fields: [{ name: 'minDays' }, { name: 'maxDays' }] },
};

/**
 * A Shop API whose answer to the introspection query is `detect()`; products are never found,
 * and `products()` may answer instead (e.g. refuse a field the server does not have).
 */
function server(detect: () => Response, products?: (query: string) => Response | undefined) {
  const queries: string[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const { query } = JSON.parse(String(init?.body)) as { query: string };
    queries.push(query);
    if (query.startsWith('query ShopletSchemaFeatures')) return detect();
    return products?.(query) ?? json({ data: { p0: null } });
  };
  return {
    fetch,
    queries,
    products: () => queries.filter((q) => q.startsWith('query ShopletProducts')),
    detections: () => queries.filter((q) => q.startsWith('query ShopletSchemaFeatures')).length,
  };
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
    expect(flat(shop.products()[0])).toContain('customFields { compareAtPrice }');
    expect(shop.products()[0]).not.toContain('reviewRating');
    expect(adapter.capabilities.cartAttributes).toBe(true);
    expect(await adapter.deliveryPolicy?.()).toBeNull();
    expect(shop.detections()).toBe(1);
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
    expect(flat(shop.products()[0])).toContain('customFields { compareAtPrice }');
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
    expect(flat(shop.products()[0])).toContain('customFields { reviewRating reviewCount }');
    expect(adapter.capabilities.cartAttributes).toBe(false);
  });
});

describe('a detection is remembered', () => {
  it('for a day, per Shop API, in the client storage: the next page view asks no introspection query', async () => {
    const storage = memoryStorage();
    const shop = server(() => json({ data: ALL_FIELDS }));
    let now = Date.parse('2026-12-07T10:00:00Z');
    const clock = () => now;
    await connect('http://shop.test/shop-api', storage, {}, shop.fetch, clock).getProducts(['mug']);
    expect(shop.detections()).toBe(1);

    // A reload, hours later: the products query goes first and selects the remembered fields.
    now += 20 * 60 * 60 * 1000;
    shop.queries.length = 0;
    const reloaded = connect('http://shop.test/shop-api', storage, {}, shop.fetch, clock);
    expect(await reloaded.getProducts(['mug'])).toEqual([null]);
    expect(shop.queries.map((q) => q.split(/[ (]/)[1])).toEqual(['ShopletProducts']);
    expect(flat(shop.products()[0])).toContain('customFields { reviewRating reviewCount }');
    expect(reloaded.capabilities.cartAttributes).toBe(true);

    // Another Shop API on the same storage detects its own.
    await connect('http://other.test/shop-api', storage, {}, shop.fetch, clock).getProducts(['mug']);
    expect(shop.detections()).toBe(1);

    // After a day, the schema is asked for again.
    now += 5 * 60 * 60 * 1000;
    await connect('http://shop.test/shop-api', storage, {}, shop.fetch, clock).getProducts(['mug']);
    expect(shop.detections()).toBe(2);
  });

  it('until the server refuses a query as not matching its schema: then it detects again and retries', async () => {
    const storage = memoryStorage();
    let removed = false;
    const shop = server(
      () => json({ data: removed ? { ...ALL_FIELDS, reviews: null } : ALL_FIELDS }),
      (query) =>
        removed && query.includes('reviewRating')
          ? json(
              {
                errors: [
                  {
                    message: 'Cannot query field "reviewRating" on type "ProductCustomFields".',
                    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
                  },
                ],
              },
              400,
            )
          : undefined,
    );
    await connect('http://shop.test/shop-api', storage, {}, shop.fetch).getProducts(['mug']);
    // A deploy removes the reviews fields from the server.
    removed = true;
    const adapter = connect('http://shop.test/shop-api', storage, {}, shop.fetch);
    expect(await adapter.getProducts(['mug'])).toEqual([null]);
    expect(shop.detections()).toBe(2);
    expect(shop.products().at(-1)).not.toContain('reviewRating');
    // The new detection is what the next page view starts from.
    shop.queries.length = 0;
    await connect('http://shop.test/shop-api', storage, {}, shop.fetch).getProducts(['mug']);
    expect(shop.detections()).toBe(0);
    expect(shop.products()[0]).not.toContain('reviewRating');
  });

  it('ignores a stored detection it cannot read', async () => {
    const storage = memoryStorage();
    storage.setItem(
      `vendure-schema-features:${new URL('http://shop.test/shop-api').href}`,
      '{"features":{"reviews":"yes"}',
    );
    const shop = server(() => json({ data: ALL_FIELDS }));
    await connect('http://shop.test/shop-api', storage, {}, shop.fetch).getProducts(['mug']);
    expect(shop.detections()).toBe(1);
  });
});
