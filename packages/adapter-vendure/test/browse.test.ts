import { isShopletError, memoryStorage } from '@shoplet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendure } from '../src/index.js';
import { connect, recordingFetch, startBackend } from './backend.js';

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

  it('rejects a malformed ref naming it', async () => {
    const adapter = connect(backend.shopApi);
    const error = await adapter.getProducts(['ember-soy-candle', { id: '' }]).catch((e: unknown) => e);
    expect(isShopletError(error, 'invalid_input')).toBe(true);
    expect(error).toMatchObject({ field: 'refs[1]' });
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
