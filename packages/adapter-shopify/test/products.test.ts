import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { shopify } from '../src/index.js';
import { DOMAIN, FakeStorefront, TOKEN } from './fake-storefront.js';
import { makeSfProduct, makeSfVariant, reviewMetafields } from './fixtures.js';
import { started } from './helpers.js';
import { storefrontSchema } from './schema.js';

const fake = new FakeStorefront(storefrontSchema);
const server = setupServer(...fake.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  fake.requests = [];
  fake.inventoryScope = true;
  fake.tagsScope = true;
});
afterAll(() => server.close());

const shirtVariant = makeSfVariant({
  price: { amount: '59.0', currencyCode: 'GBP' },
  compareAtPrice: { amount: '79.0', currencyCode: 'GBP' },
  quantityAvailable: 3,
  marketPrices: { DE: { amount: '69.95', currencyCode: 'EUR' }, JP: { amount: '11800.0', currencyCode: 'JPY' } },
});
const shirt = makeSfProduct({
  handle: 'linen-shirt',
  title: 'Linen shirt',
  variants: { nodes: [shirtVariant] },
  metafields: reviewMetafields('4.6', '128'),
});
const tote = makeSfProduct({ handle: 'canvas-tote', title: 'Canvas tote' });
const mug = makeSfProduct({ handle: 'stoneware-mug', title: 'Stoneware mug', onlineStoreUrl: null });
const unreadable = makeSfProduct({
  handle: 'unreadable',
  title: 'Unreadable',
  variants: { nodes: [makeSfVariant({ price: { amount: 'twelve', currencyCode: 'GBP' } })] },
});
fake.products = [shirt, tote, mug, unreadable];

describe('products', () => {
  it('maps a Storefront product onto the normalized Product', async () => {
    const adapter = started(shopify({ domain: DOMAIN, token: TOKEN }));
    const [product] = await adapter.getProducts(['linen-shirt']);
    expect(product).toEqual({
      id: shirt.id,
      handle: 'linen-shirt',
      title: 'Linen shirt',
      vendor: 'Linen & Co',
      description: 'Breathable linen.',
      descriptionHtml: '<p>Breathable <strong>linen</strong>.</p>',
      images: [{ url: 'https://cdn.shopify.com/s/files/linen-shirt.jpg', altText: 'Front', width: 800, height: 1000 }],
      options: [
        { name: 'Size', values: ['M'] },
        { name: 'Colour', values: ['Sand'] },
      ],
      variants: [
        {
          id: shirtVariant.id,
          title: 'M / Sand',
          sku: shirtVariant.sku,
          selectedOptions: shirtVariant.selectedOptions,
          price: { amount: 5900, currencyCode: 'GBP' },
          compareAtPrice: { amount: 7900, currencyCode: 'GBP' },
          availableForSale: true,
          quantityAvailable: 3,
          image: null,
        },
      ],
      url: 'https://linen-and-co.example/products/linen-shirt',
      tags: ['Apparel'],
      reviews: { rating: 4.6, scale: 5, count: 128 },
    });
  });

  it('fetches several handles and ids in one request, in the order asked, null where missing', async () => {
    const adapter = started(shopify({ domain: DOMAIN, token: TOKEN }));
    const products = await adapter.getProducts([
      'canvas-tote',
      { id: shirt.id },
      'no-such-product',
      { id: 'gid://shopify/Product/999999' },
      'linen-shirt',
      { id: shirtVariant.id },
      { id: 'not-an-id' },
    ]);
    expect(products.map((p) => p?.handle ?? null)).toEqual([
      'canvas-tote',
      'linen-shirt',
      null,
      null,
      'linen-shirt',
      null,
      null,
    ]);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.query).toMatch(/h0: product\(handle: \$h0\)/);
    expect(fake.requests[0]!.query).toMatch(/nodes\(ids: \$ids\)/);
  });

  it('accepts numeric product ids', async () => {
    const adapter = started(shopify({ domain: DOMAIN, token: TOKEN }));
    const numeric = tote.id.split('/').pop()!;
    const [product] = await adapter.getProducts([{ id: numeric }]);
    expect(product?.handle).toBe('canvas-tote');
  });

  it('has no product URL when the product is not on the online store, and no reviews without metafields', async () => {
    const adapter = started(shopify({ domain: DOMAIN, token: TOKEN }));
    const [product] = await adapter.getProducts(['stoneware-mug']);
    expect(product?.url).toBeNull();
    expect(product?.reviews).toBeNull();
  });

  it('asks in the shopper market (@inContext) and maps that market currency exactly', async () => {
    const de = started(shopify({ domain: DOMAIN, token: TOKEN }), { country: 'DE', locale: 'de-DE' });
    const [inGermany] = await de.getProducts(['linen-shirt']);
    expect(fake.requests.at(-1)!.inContext).toEqual({ country: 'DE', language: 'DE' });
    expect(inGermany?.variants[0]?.price).toEqual({ amount: 6995, currencyCode: 'EUR' });

    const jp = started(shopify({ domain: DOMAIN, token: TOKEN, country: 'JP', language: 'JA' }), {
      country: undefined,
    });
    const [inJapan] = await jp.getProducts(['linen-shirt']);
    expect(fake.requests.at(-1)!.inContext).toEqual({ country: 'JP', language: 'JA' });
    expect(inJapan?.variants[0]?.price).toEqual({ amount: 11800, currencyCode: 'JPY' });
  });

  it('drops the stock field and retries when the token may not read inventory', async () => {
    fake.inventoryScope = false;
    const adapter = started(shopify({ domain: DOMAIN, token: TOKEN }));
    const [product] = await adapter.getProducts(['linen-shirt']);
    expect(product?.variants[0]?.quantityAvailable).toBeNull();
    expect(fake.requests.map((r) => r.variables.withInventory)).toEqual([true, false]);
    await adapter.getProducts(['canvas-tote']);
    expect(fake.requests.at(-1)!.variables.withInventory).toBe(false);
  });

  it('drops every field the token may not read, one refusal at a time, and keeps the rest', async () => {
    fake.inventoryScope = false;
    fake.tagsScope = false;
    const adapter = started(shopify({ domain: DOMAIN, token: TOKEN }));
    const [product] = await adapter.getProducts(['linen-shirt']);
    expect(product).toMatchObject({ title: 'Linen shirt', tags: [] });
    expect(product?.variants[0]?.price).toEqual({ amount: 5900, currencyCode: 'GBP' });
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests.at(-1)!.variables).toMatchObject({ withInventory: false, withTags: false });
  });

  it('does not hide other GraphQL errors behind the scope fallback', async () => {
    fake.tagsScope = false;
    const adapter = started(shopify({ domain: DOMAIN, token: TOKEN }));
    fake.throttleNext = 10;
    const err = await adapter.getProducts(['linen-shirt']).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'rate_limited' });
    fake.throttleNext = 0;
  });

  it('splits very large batches so one query stays within cost limits', async () => {
    const adapter = started(shopify({ domain: DOMAIN, token: TOKEN }));
    const refs = Array.from({ length: 30 }, (_, i) => (i % 2 ? 'linen-shirt' : `missing-${i}`));
    const products = await adapter.getProducts(refs);
    expect(products.filter(Boolean)).toHaveLength(15);
    expect(fake.requests).toHaveLength(2);
  });

  it('leaves out a ref that cannot name a product, alone, and never sends it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const adapter = started(shopify({ domain: DOMAIN, token: TOKEN }));
    const huge = 'x'.repeat(1024 * 1024);
    const products = await adapter.getProducts(['linen-shirt', huge, { id: 'gid://shopify/Order/1' }, 'canvas-tote']);
    expect(products.map((p) => p?.handle ?? null)).toEqual(['linen-shirt', null, null, 'canvas-tote']);
    expect(JSON.stringify(fake.requests.map((r) => r.variables))).not.toContain('xxxx');
    expect(warn.mock.calls.join('\n')).toContain('refs[1] is longer than 256 characters');
    warn.mockRestore();
  });

  it('leaves out only the product whose data cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const adapter = started(shopify({ domain: DOMAIN, token: TOKEN }));
    const products = await adapter.getProducts(['linen-shirt', 'unreadable', 'canvas-tote']);
    expect(products.map((p) => p?.handle ?? null)).toEqual(['linen-shirt', null, 'canvas-tote']);
    expect(warn.mock.calls.join('\n')).toContain('"unreadable" could not be read');
    warn.mockRestore();
  });

  it('works without createShoplet, with the fetch it is given', async () => {
    const calls: string[] = [];
    const adapter = shopify({
      domain: DOMAIN,
      token: TOKEN,
      country: 'GB',
      fetch: (input, init) => {
        calls.push(String(input));
        return fetch(input, init);
      },
    });
    const [product] = await adapter.getProducts(['canvas-tote']);
    expect(product?.title).toBe('Canvas tote');
    expect(calls).toEqual([`https://${DOMAIN}/api/2026-04/graphql.json`]);
  });
});
