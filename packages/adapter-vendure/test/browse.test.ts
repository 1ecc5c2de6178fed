import { createRequire } from 'node:module';
import { memoryStorage } from '@shoplet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendure } from '../src/index.js';
import * as queries from '../src/queries.js';
import type { SchemaFeatures } from '../src/schema-features.js';
import { connect, recordingFetch, startBackend } from './backend.js';

// graphql-js as the demo backend has it (Vendure's own copy); this package does not depend on it.
const graphql = createRequire(new URL('../../demo-backend/package.json', import.meta.url))('graphql') as {
  getIntrospectionQuery(): string;
  buildClientSchema(introspection: unknown): unknown;
  parse(source: string): unknown;
  validate(schema: unknown, document: unknown): readonly { message: string }[];
};

let backend: Awaited<ReturnType<typeof startBackend>>;
beforeAll(async () => {
  backend = await startBackend(3201);
});
afterAll(async () => {
  await backend?.cleanup();
});

describe('products', () => {
  it('reads a product by slug with its variants, options, prices, images and facets', async () => {
    const [shirt] = await connect(backend.shopApi).getProducts(['sandbar-linen-shirt']);
    expect(shirt).toMatchObject({
      handle: 'sandbar-linen-shirt',
      title: 'Sandbar Linen Shirt',
      vendor: null,
      tags: ['Apparel'],
    });
    expect(shirt?.options.map((o) => [o.name.toLowerCase(), o.values])).toEqual([
      ['size', ['S', 'M', 'L', 'XL']],
      ['colour', ['Sand', 'Sage']],
    ]);
    expect(shirt?.variants).toHaveLength(8);
    const variant = shirt?.variants.find((v) => v.sku === 'SLS-M-SAGE');
    expect(variant?.selectedOptions.map((o) => o.value)).toEqual(['M', 'Sage']);
    expect(variant?.selectedOptions[0]?.name).toBe(shirt?.options[0]?.name);
    expect(variant).toMatchObject({
      title: 'M / Sage',
      // Prices include tax: 59.00 in the demo's tax-inclusive channel.
      price: { amount: 5900, currencyCode: 'USD' },
      compareAtPrice: { amount: 7900, currencyCode: 'USD' },
      availableForSale: true,
      quantityAvailable: null,
    });
    expect(shirt?.reviews).toEqual({ rating: 4.6, scale: 5, count: 128 });
  });

  it('turns the HTML description into paragraphs of text and keeps the HTML', async () => {
    const [shirt] = await connect(backend.shopApi).getProducts(['sandbar-linen-shirt']);
    expect(shirt?.descriptionHtml).toMatch(/^<p>A relaxed camp-collar shirt/);
    expect(shirt?.description).not.toMatch(/<p>/);
    expect(shirt?.description.split('\n\n')).toHaveLength(3);
  });

  it('gives absolute image URLs that the server actually serves', async () => {
    const [shirt] = await connect(backend.shopApi).getProducts(['sandbar-linen-shirt']);
    expect(shirt?.images.length).toBeGreaterThanOrEqual(2);
    const first = shirt?.images[0];
    expect(first?.url.startsWith(`${backend.url}/`)).toBe(true);
    expect(first?.altText).toBeNull();
    const res = await fetch(first?.url ?? '');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\//);
  });

  it('marks the sold-out variant as not available and has no review summary where the shop has none', async () => {
    const [jacket, tote] = await connect(backend.shopApi).getProducts(['fieldwork-chore-jacket', 'cove-canvas-tote']);
    const bySku = new Map(jacket?.variants.map((v) => [v.sku, v.availableForSale]));
    expect(bySku.get('FCJ-M')).toBe(false);
    expect(bySku.get('FCJ-S')).toBe(true);
    expect(jacket?.variants.every((v) => v.compareAtPrice === null)).toBe(true);
    expect(tote?.reviews).toBeNull();
  });

  it('fetches slugs and ids in one request, in the order asked, with null for unknown ones', async () => {
    const { fetch, operations } = recordingFetch();
    const adapter = connect(
      backend.shopApi,
      memoryStorage(),
      { customFields: { compareAtPrice: true, reviews: true } },
      fetch,
    );
    const [mug] = await adapter.getProducts(['harbour-stoneware-mug']);
    operations.length = 0;
    const result = await adapter.getProducts([
      'ember-soy-candle',
      { id: mug?.id ?? '' },
      'no-such-product',
      { id: '999999' },
    ]);
    expect(operations).toEqual(['ShopletProducts']);
    expect(result.map((p) => p?.handle ?? null)).toEqual(['ember-soy-candle', 'harbour-stoneware-mug', null, null]);
  });

  it('works with a stock Vendure schema: no custom fields selected, no compare-at price or reviews', async () => {
    const adapter = connect(backend.shopApi, memoryStorage(), { customFields: {} });
    const [shirt] = await adapter.getProducts(['sandbar-linen-shirt']);
    expect(shirt?.variants[0]?.compareAtPrice).toBeNull();
    expect(shirt?.reviews).toBeUndefined();
    expect(shirt?.variants[0]?.price.amount).toBe(5900);
  });

  it('asks the server for its custom fields again after it could not be reached', async () => {
    let down = true;
    const flaky: typeof fetch = (input, init) =>
      down ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);
    const adapter = connect(backend.shopApi, memoryStorage(), {}, flaky);
    await expect(adapter.getProducts(['sandbar-linen-shirt'])).rejects.toMatchObject({ code: 'network' });
    down = false;
    const [shirt] = await adapter.getProducts(['sandbar-linen-shirt']);
    expect(shirt?.variants[0]?.compareAtPrice).toEqual({ amount: 7900, currencyCode: 'USD' });
    expect(shirt?.reviews?.count).toBe(128);
  });

  it('sends any slug or id as a value, never as query text', async () => {
    const adapter = connect(backend.shopApi);
    const odd = ['"){id}}query{x', 'back\\slash "quoted"\n', 'ünïcödé\u2028'];
    expect(await adapter.getProducts([...odd, { id: 'x"){id}}' }, ' ember-soy-candle '])).toEqual([
      null,
      null,
      null,
      null,
      expect.objectContaining({ handle: 'ember-soy-candle' }),
    ]);
  });

  it('leaves out a malformed ref alone', async () => {
    const adapter = connect(backend.shopApi);
    const products = await adapter.getProducts(['ember-soy-candle', { id: '' }, 'x'.repeat(100_000)]);
    expect(products.map((p) => p?.handle ?? null)).toEqual(['ember-soy-candle', null, null]);
  });
});

describe('GraphQL documents against the Shop API schema of a real Vendure', () => {
  it.each([
    ['with every custom field', true],
    ['on a stock schema', false],
  ])('are valid %s', async (_, has) => {
    const res = await fetch(backend.shopApi, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: graphql.getIntrospectionQuery() }),
    });
    const schema = graphql.buildClientSchema(((await res.json()) as { data: unknown }).data);
    const features: SchemaFeatures = { compareAtPrice: has, reviews: has, attributes: has, deliveryDays: has };
    const documents = {
      products: queries.productsQuery(
        [
          { by: 'slug', value: 'mug' },
          { by: 'id', value: '1' },
        ],
        features,
      ).query,
      activeOrder: queries.activeOrderQuery(features),
      orderChange: queries.orderChangeMutation(
        [
          {
            field: 'addItemToOrder',
            args: { productVariantId: ['ID!', '1'], quantity: ['Int!', 1] },
            stockErrors: true,
          },
          { field: 'removeCouponCode', args: { couponCode: ['String!', 'X'] }, errorResults: false },
          { field: 'setOrderCustomFields', args: { input: ['UpdateOrderInput!', {}] } },
        ],
        features,
      ).document,
      reopen: queries.REOPEN_ORDER_MUTATION,
      toPayment: queries.toPaymentMutation(features),
      pay: queries.payMutation(features),
      shippingMethods: queries.shippingMethodsQuery(features),
      paymentMethods: queries.PAYMENT_METHODS_QUERY,
      schemaFeatures: queries.SCHEMA_FEATURES_QUERY,
      ...(has && { shippingWindows: queries.SHIPPING_WINDOWS_QUERY }),
    };
    for (const [name, document] of Object.entries(documents)) {
      const errors = graphql.validate(schema, graphql.parse(document)).map((e) => e.message);
      expect({ name, errors }).toEqual({ name, errors: [] });
    }
  });
});

describe('configuration', () => {
  it('names the option and the fix when shopApi is missing or not a URL', () => {
    expect(() => vendure({ shopApi: '' })).toThrow(/shopApi.*required/);
    expect(() => vendure({ shopApi: 'shop-api' })).toThrow(
      expect.objectContaining({ code: 'invalid_config', field: 'vendure.shopApi' }),
    );
    expect(() => vendure({ shopApi: 'ftp://x/shop-api' })).toThrow(/http\(s\)/);
    expect(() => vendure({ shopApi: 'http://x/shop-api', languageCode: 'English' })).toThrow(
      expect.objectContaining({ field: 'vendure.languageCode' }),
    );
  });

  it('refuses to run before the client has initialised it', async () => {
    const adapter = vendure({ shopApi: backend.shopApi });
    await expect(adapter.getProducts(['ember-soy-candle'])).rejects.toMatchObject({
      code: 'invalid_config',
      field: 'adapter',
    });
  });

  it('sends the channel token as the vendure-token header', async () => {
    const seen: (string | null)[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(new Headers(init?.headers).get('vendure-token'));
      return fetch(input, init);
    };
    const adapter = connect(backend.shopApi, memoryStorage(), { channelToken: backend.channelToken }, spy);
    expect((await adapter.getProducts(['ember-soy-candle']))[0]?.handle).toBe('ember-soy-candle');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((token) => token === backend.channelToken)).toBe(true);
  });

  it('builds product URLs on the brand site when asked', async () => {
    const adapter = connect(backend.shopApi, memoryStorage(), {
      productUrl: (slug) => `https://brand.example/p/${slug}`,
    });
    const [candle] = await adapter.getProducts(['ember-soy-candle']);
    expect(candle?.url).toBe('https://brand.example/p/ember-soy-candle');
  });
});
