import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoBackend, demoCatalog, startDemoBackend } from '../src/index.js';
import { adminClient, graphqlClient, guestCheckout, saleableStock, variantId } from './graphql.js';

const PORT = 3150;

type Named = { name: string };
type Variant = { id: string; sku: string; stockLevel: string };
type Collection = { slug: string; productVariants: { items: { product: { slug: string } }[] } };
let backend: DemoBackend;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'shoplet-demo-server-'));
  backend = await startDemoBackend({ port: PORT, dataDir });
});

afterAll(async () => {
  await backend?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('startDemoBackend', () => {
  it('listens on 127.0.0.1 and reports its endpoints', () => {
    expect(backend.shopApi).toBe(`http://127.0.0.1:${PORT}/shop-api`);
    expect(backend.adminApi).toBe(`http://127.0.0.1:${PORT}/admin-api`);
    expect(backend.seeded).toBe(true);
  });

  it('rejects a bad port with a message naming the option', async () => {
    await expect(startDemoBackend({ port: 0 })).rejects.toThrow(/"port" must be an integer/);
  });

  it('refuses a second backend in the same process and keeps serving the first', async () => {
    await expect(startDemoBackend({ port: PORT + 100, dataDir })).rejects.toThrow(/already running in this process/);
    const { products } = await graphqlClient(backend.shopApi)('{ products { totalItems } }');
    expect(products.totalItems).toBe(demoCatalog.length);
  });

  it('lets any origin call the Shop API and read the session header', async () => {
    const shop = graphqlClient(backend.shopApi, 'http://localhost:8000');
    const variant = await variantId(shop, 'harbour-stoneware-mug', 'HSM-OAT');
    await shop('mutation($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 1) { __typename } }', {
      id: variant,
    });
    expect(shop.lastHeaders.get('access-control-allow-origin')).toBe('http://localhost:8000');
    expect(shop.lastHeaders.get('access-control-expose-headers')).toContain('vendure-auth-token');
    expect(shop.lastHeaders.get('vendure-auth-token')).toMatch(/\w{20,}/);
  });

  it('does not open the Admin API to other origins', async () => {
    const res = await fetch(backend.adminApi, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.localhost:9999' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('demo catalog', () => {
  const shop = () => graphqlClient(backend.shopApi);

  it('has at least 12 products in the Apparel, Beauty and Home collections', async () => {
    const data = await shop()(
      '{ products { totalItems } collections { items { slug productVariants { items { product { slug } } } } } }',
    );
    expect(data.products.totalItems).toBeGreaterThanOrEqual(12);
    const bySlug = Object.fromEntries(
      data.collections.items.map((c: Collection) => [
        c.slug,
        new Set(c.productVariants.items.map((v) => v.product.slug)),
      ]),
    );
    expect(Object.keys(bySlug).sort()).toEqual(['apparel', 'beauty', 'home']);
    for (const product of demoCatalog) {
      expect(bySlug[product.category.toLowerCase()].has(product.slug), product.slug).toBe(true);
    }
  });

  it('serves every product image from the demo server', async () => {
    const data = await shop()('{ products { items { slug featuredAsset { preview width height } assets { id } } } }');
    for (const product of data.products.items) {
      const expected = demoCatalog.find((p) => p.slug === product.slug);
      expect(product.assets, product.slug).toHaveLength(expected?.images.length ?? -1);
      expect(product.featuredAsset.width).toBe(640);
      const res = await fetch(product.featuredAsset.preview);
      expect(res.status, product.featuredAsset.preview).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/jpeg');
    }
  });

  it('has several paragraphs of description and size/colour options', async () => {
    const { product } = await shop()(
      '{ product(slug: "sandbar-linen-shirt") { description optionGroups { name options { name } } } }',
    );
    expect(product.description.match(/<p>/g)?.length).toBeGreaterThanOrEqual(3);
    expect(product.optionGroups.map((g: Named) => g.name)).toEqual(['Size', 'Colour']);
    expect(product.optionGroups[1].options.map((o: Named) => o.name)).toEqual(['Sand', 'Sage']);
  });

  it('has a sold-out variant that cannot be added to a cart', async () => {
    const client = shop();
    const { product } = await client('{ product(slug: "fieldwork-chore-jacket") { variants { id sku stockLevel } } }');
    const m = product.variants.find((v: Variant) => v.sku === 'FCJ-M');
    expect(m.stockLevel).toBe('OUT_OF_STOCK');
    expect(product.variants.find((v: Variant) => v.sku === 'FCJ-S').stockLevel).toBe('IN_STOCK');
    const { addItemToOrder } = await client(
      'mutation($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 1) { __typename ... on ErrorResult { errorCode } } }',
      { id: m.id },
    );
    expect(addItemToOrder.errorCode).toBe('INSUFFICIENT_STOCK_ERROR');
  });

  it('has a sale product with a compare-at price above its price, and review summaries', async () => {
    const { product } = await shop()(
      '{ product(slug: "sandbar-linen-shirt") { customFields { reviewRating reviewCount } variants { priceWithTax currencyCode customFields { compareAtPrice } } } }',
    );
    expect(product.customFields).toEqual({ reviewRating: 4.6, reviewCount: 128 });
    for (const variant of product.variants) {
      expect(variant.priceWithTax).toBe(5900);
      expect(variant.customFields.compareAtPrice).toBe(7900);
    }
  });

  it('ships to GB, US, DE, FR and JP with delivery windows', async () => {
    const client = shop();
    const { availableCountries } = await client('{ availableCountries { code } }');
    expect(availableCountries.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['GB', 'US', 'DE', 'FR', 'JP']),
    );
    await client('mutation($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 1) { __typename } }', {
      id: await variantId(client, 'cove-canvas-tote', 'CCT-1'),
    });
    await client(
      'mutation { setOrderShippingAddress(input: { streetLine1: "1 Main St", countryCode: "US" }) { __typename } }',
    );
    const { eligibleShippingMethods, eligiblePaymentMethods } = await client(
      '{ eligibleShippingMethods { code name description priceWithTax customFields { minDays maxDays } } eligiblePaymentMethods { code name isEligible } }',
    );
    expect(eligibleShippingMethods).toEqual([
      expect.objectContaining({
        code: 'standard',
        description: '2–4 work days',
        customFields: { minDays: 2, maxDays: 4 },
      }),
      expect.objectContaining({
        code: 'express',
        description: 'Next work day',
        customFields: { minDays: 1, maxDays: 1 },
      }),
    ]);
    expect(eligiblePaymentMethods).toEqual([
      { code: 'demo-payment', name: 'Demo payment — test mode, no card needed', isEligible: true },
    ]);
  });
});

describe('cart and checkout', () => {
  it('applies WELCOME10 as 10% off the order', async () => {
    const shop = graphqlClient(backend.shopApi);
    const id = await variantId(shop, 'juniper-face-oil', 'JFO-30');
    const { addItemToOrder } = await shop(
      'mutation($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 2) { ... on Order { subTotalWithTax } } }',
      { id },
    );
    expect(addItemToOrder.subTotalWithTax).toBe(8400);
    const { applyCouponCode } = await shop(
      'mutation { applyCouponCode(couponCode: "WELCOME10") { __typename ... on Order { couponCodes subTotalWithTax discounts { amountWithTax } } } }',
    );
    expect(applyCouponCode.couponCodes).toEqual(['WELCOME10']);
    expect(applyCouponCode.subTotalWithTax).toBe(7560);
    expect(applyCouponCode.discounts[0].amountWithTax).toBe(-840);
    const { applyCouponCode: wrong } = await shop(
      'mutation { applyCouponCode(couponCode: "NOPE") { __typename ... on ErrorResult { errorCode } } }',
    );
    expect(wrong.errorCode).toBe('COUPON_CODE_INVALID_ERROR');
  });

  it('takes a guest order with the demo payment to PaymentSettled and decrements stock', async () => {
    const admin = await adminClient(backend.adminApi);
    const before = await saleableStock(admin, 'PCV-1');
    const shop = graphqlClient(backend.shopApi);
    const id = await variantId(shop, 'pebble-ceramic-vase', 'PCV-1');
    await shop('mutation($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 2) { __typename } }', { id });
    const { setOrderCustomFields } = await shop(
      'mutation { setOrderCustomFields(input: { customFields: { shopletRef: "creator-42", shopletUtm: "utm_source=blog" } }) { ... on Order { customFields { shopletRef shopletUtm } } } }',
    );
    expect(setOrderCustomFields.customFields).toEqual({ shopletRef: 'creator-42', shopletUtm: 'utm_source=blog' });
    const order = await guestCheckout(shop, []);
    expect(order.state).toBe('PaymentSettled');
    expect(order.payments).toEqual([{ state: 'Settled', method: 'demo-payment' }]);
    expect(order.totalWithTax).toBe(2 * 3800 + 495);
    expect(await saleableStock(admin, 'PCV-1')).toBe(before - 2);
  });

  it('shows a placed guest order by its code only to the session that paid for it', async () => {
    const shop = graphqlClient(backend.shopApi);
    const id = await variantId(shop, 'pebble-ceramic-vase', 'PCV-1');
    const { code } = await guestCheckout(shop, [{ id, quantity: 1 }]);
    const lookup = 'query($code: String!) { orderByCode(code: $code) { code customer { emailAddress } } }';
    const own = await shop<{ orderByCode: { code: string; customer: { emailAddress: string } } }>(lookup, { code });
    expect(own.orderByCode).toEqual({ code, customer: { emailAddress: 'guest@example.com' } });
    // Anyone else who learns the code (analytics, a screenshot) reads nothing.
    await expect(graphqlClient(backend.shopApi)(lookup, { code })).rejects.toThrow(/not currently authorized/i);
    // The session field never reaches the Shop API.
    await expect(
      shop('query($code: String!) { orderByCode(code: $code) { customFields { shopletSessionId } } }', { code }),
    ).rejects.toThrow(/shopletSessionId/);
  });
});
