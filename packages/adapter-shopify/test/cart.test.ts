import { isShopletError, type ShopletError } from '@shoplet/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { shopify } from '../src/index.js';
import { DOMAIN, FakeStorefront, TOKEN } from './fake-storefront.js';
import { makeSfProduct, makeSfVariant } from './fixtures.js';
import { started } from './helpers.js';
import { storefrontSchema } from './schema.js';

const fake = new FakeStorefront(storefrontSchema);
const server = setupServer(...fake.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  fake.requests = [];
  fake.throttleNext = 0;
  fake.http429Next = 0;
});
afterAll(() => server.close());

const shirt = makeSfVariant({
  price: { amount: '59.0', currencyCode: 'GBP' },
  quantityAvailable: 5,
  marketPrices: { DE: { amount: '69.95', currencyCode: 'EUR' } },
});
const tote = makeSfVariant({
  title: 'Default Title',
  price: { amount: '12.5', currencyCode: 'GBP' },
  quantityAvailable: 100,
});
const soldOut = makeSfVariant({ availableForSale: false, quantityAvailable: 0 });
fake.products = [
  makeSfProduct({ handle: 'linen-shirt', title: 'Linen shirt', variants: { nodes: [shirt] } }),
  makeSfProduct({ handle: 'canvas-tote', title: 'Canvas tote', variants: { nodes: [tote] } }),
  makeSfProduct({ handle: 'sold-out-scarf', title: 'Scarf', variants: { nodes: [soldOut] } }),
];

const adapterFor = (country = 'GB') => started(shopify({ domain: DOMAIN, token: TOKEN }), { country });

async function rejection(promise: Promise<unknown>): Promise<ShopletError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isShopletError(err)) throw new Error(`expected a ShopletError, got ${String(err)}`);
  return err;
}

describe('Storefront cart', () => {
  it('runs a whole cart lifecycle with exact totals', async () => {
    const adapter = adapterFor();
    let cart = await adapter.createCart({ lines: [{ variantId: shirt.id, quantity: 1 }], attributes: { _ref: 'ana' } });
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]).toMatchObject({
      variantId: shirt.id,
      productTitle: 'Linen shirt',
      productHandle: 'linen-shirt',
      quantity: 1,
    });
    expect(cart.attributes).toEqual({ _ref: 'ana' });
    expect(cart.checkoutUrl).toMatch(/^https:\/\/linen-and-co\.example\/cart\/c\//);
    expect(fake.requests[0]!.variables.input).toMatchObject({ buyerIdentity: { countryCode: 'GB' } });

    cart = await adapter.addLines(cart.id, [{ variantId: tote.id, quantity: 3 }]);
    expect(cart.totalQuantity).toBe(4);
    expect(cart.subtotal).toEqual({ amount: 5900 + 3 * 1250, currencyCode: 'GBP' });

    const toteLine = cart.lines.find((l) => l.variantId === tote.id)!;
    expect(toteLine.unitPrice).toEqual({ amount: 1250, currencyCode: 'GBP' });
    cart = await adapter.updateLines(cart.id, [{ id: toteLine.id, quantity: 1 }]);
    expect(cart.subtotal.amount).toBe(5900 + 1250);

    cart = await adapter.applyDiscount(cart.id, ['SUMMER10']);
    expect(cart.discountCodes).toEqual([{ code: 'SUMMER10', applicable: true }]);
    expect(cart.total.amount).toBe(7150 - 715);

    cart = await adapter.setAttributes(cart.id, { _ref: 'ana', utm_source: 'blog' });
    expect(cart.attributes).toEqual({ _ref: 'ana', utm_source: 'blog' });

    cart = await adapter.removeLines(cart.id, [toteLine.id]);
    expect(cart.lines.map((l) => l.variantId)).toEqual([shirt.id]);

    expect(await adapter.getCart(cart.id)).toEqual(cart);
    expect(await adapter.checkout(cart.id)).toEqual({ kind: 'redirect', url: cart.checkoutUrl, provider: 'Shopify' });
    expect(fake.requests.map((r) => r.operationName)).toEqual([
      'ShopletCartCreate',
      'ShopletCartLinesAdd',
      'ShopletCartLinesUpdate',
      'ShopletCartDiscountCodesUpdate',
      'ShopletCartAttributesUpdate',
      'ShopletCartLinesRemove',
      'ShopletCart',
      'ShopletCart',
    ]);
  });

  it('keeps a discount code Shopify does not know, marked not applicable', async () => {
    const adapter = adapterFor();
    const cart = await adapter.createCart({ lines: [{ variantId: tote.id, quantity: 1 }] });
    const after = await adapter.applyDiscount(cart.id, ['NOPE']);
    expect(after.discountCodes).toEqual([{ code: 'NOPE', applicable: false }]);
    expect(after.total).toEqual(after.subtotal);
  });

  it('returns null for a cart Shopify no longer knows (expired)', async () => {
    const adapter = adapterFor();
    const cart = await adapter.createCart({ lines: [{ variantId: tote.id, quantity: 1 }] });
    fake.expire(cart.id);
    expect(await adapter.getCart(cart.id)).toBeNull();
    const err = await rejection(adapter.addLines(cart.id, [{ variantId: tote.id, quantity: 1 }]));
    expect(err.code).toBe('not_found');
    expect(err.message).toBe('The specified cart does not exist.');
    expect(err.field).toBe('cartId');
  });

  it('re-prices the cart for another market with cartBuyerIdentityUpdate; used alone, it then asks in that market', async () => {
    // Without a client the adapter owns the market; with one, shop.setCountry() does (see client.test.ts).
    const adapter = shopify({
      domain: DOMAIN,
      token: TOKEN,
      country: 'GB',
      fetch: (input, init) => fetch(input, init),
    });
    const cart = await adapter.createCart({ lines: [{ variantId: shirt.id, quantity: 2 }] });
    expect(cart.total).toEqual({ amount: 11800, currencyCode: 'GBP' });
    const moved = await adapter.setMarket!(cart.id, { country: 'DE' });
    expect(moved.total).toEqual({ amount: 13990, currencyCode: 'EUR' });
    expect(fake.requests.at(-1)).toMatchObject({
      operationName: 'ShopletCartBuyerIdentityUpdate',
      variables: { buyerIdentity: { countryCode: 'DE' } },
      inContext: { country: 'DE' },
    });
    await adapter.getProducts(['linen-shirt']);
    expect(fake.requests.at(-1)!.inContext.country).toBe('DE');
  });

  it('sends @inContext on every cart operation', async () => {
    const adapter = started(shopify({ domain: DOMAIN, token: TOKEN }), { country: 'GB', locale: 'pt-BR' });
    const cart = await adapter.createCart({ lines: [{ variantId: tote.id, quantity: 1 }] });
    await adapter.getCart(cart.id);
    expect(fake.requests.map((r) => r.inContext)).toEqual([
      { country: 'GB', language: 'PT_BR' },
      { country: 'GB', language: 'PT_BR' },
    ]);
  });
});

describe('cart errors keep Shopify words and get stable codes', () => {
  it('out_of_stock when Shopify could only add part of the quantity (MERCHANDISE_NOT_ENOUGH_STOCK)', async () => {
    const adapter = adapterFor();
    const cart = await adapter.createCart({});
    const err = await rejection(adapter.addLines(cart.id, [{ variantId: shirt.id, quantity: 8 }]));
    expect(err.code).toBe('out_of_stock');
    expect(err.message).toBe('Only 5 items were added to your cart due to availability.');
    // The cart Shopify ended up with travels with the error, so the UI can show what is in it.
    const cause = err.cause as { cart: { lines: { quantity: number }[] } };
    expect(cause.cart.lines[0]?.quantity).toBe(5);
  });

  it('out_of_stock when nothing is left (MERCHANDISE_OUT_OF_STOCK)', async () => {
    const adapter = adapterFor();
    const err = await rejection(adapter.createCart({ lines: [{ variantId: soldOut.id, quantity: 1 }] }));
    expect(err.code).toBe('out_of_stock');
    expect(err.message).toBe('Scarf is out of stock.');
  });

  it('not_found for a variant Shopify does not have, naming the field', async () => {
    const adapter = adapterFor();
    const err = await rejection(
      adapter.createCart({ lines: [{ variantId: 'gid://shopify/ProductVariant/424242', quantity: 1 }] }),
    );
    expect(err.code).toBe('not_found');
    expect(err.field).toBe('lines.0.merchandiseId');
    expect(err.message).toMatch(/does not exist/);
  });

  it('not_found for a line that is not in the cart', async () => {
    const adapter = adapterFor();
    const cart = await adapter.createCart({ lines: [{ variantId: tote.id, quantity: 1 }] });
    const err = await rejection(adapter.updateLines(cart.id, [{ id: 'gid://shopify/CartLine/nope', quantity: 2 }]));
    expect(err.code).toBe('not_found');
    expect(err.message).toBe('Merchandise line was not found in cart.');
  });

  it('invalid_input before any request for a bad variant id or quantity', async () => {
    const adapter = adapterFor();
    const badId = await rejection(
      adapter.addLines('gid://shopify/Cart/x', [{ variantId: 'linen-shirt', quantity: 1 }]),
    );
    expect(badId).toMatchObject({ code: 'invalid_input', field: 'lines[0].variantId' });
    const badQty = await rejection(adapter.addLines('gid://shopify/Cart/x', [{ variantId: tote.id, quantity: 1.5 }]));
    expect(badQty).toMatchObject({ code: 'invalid_input', field: 'lines[0].quantity' });
    expect(fake.requests).toHaveLength(0);
  });

  it('refuses checkout of an empty cart', async () => {
    const adapter = adapterFor();
    const cart = await adapter.createCart({});
    expect((await rejection(adapter.checkout(cart.id))).code).toBe('invalid_input');
  });
});

describe('throttling', () => {
  it('retries an operation Shopify answered with THROTTLED, through the shared transport', async () => {
    const adapter = adapterFor();
    fake.throttleNext = 2;
    const cart = await adapter.createCart({ lines: [{ variantId: tote.id, quantity: 1 }] });
    expect(cart.totalQuantity).toBe(1);
    expect(fake.requests.filter((r) => r.operationName === 'ShopletCartCreate')).toHaveLength(3);
    expect(fake.carts.has(cart.id)).toBe(true);
  });

  it('retries HTTP 429', async () => {
    const adapter = adapterFor();
    fake.http429Next = 1;
    const [product] = await adapter.getProducts(['canvas-tote']);
    expect(product?.handle).toBe('canvas-tote');
  });

  it('gives up with rate_limited when Shopify keeps throttling', async () => {
    const adapter = adapterFor();
    fake.throttleNext = 10;
    const err = await rejection(adapter.getProducts(['canvas-tote']));
    expect(err.code).toBe('rate_limited');
  });
});
