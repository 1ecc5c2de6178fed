import { type Cart, memoryStorage, type Product, type ShopletAdapter } from '@shoplet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PENDING_CART_ID } from '../src/index.js';
import { connect, startBackend } from './backend.js';

let backend: Awaited<ReturnType<typeof startBackend>>;
let shirt: Product;
let jacket: Product;
let candle: Product;

function variant(product: Product, sku: string): string {
  const found = product.variants.find((v) => v.sku === sku);
  if (!found) throw new Error(`no variant ${sku}`);
  return found.id;
}

beforeAll(async () => {
  backend = await startBackend(3202);
  const products = await connect(backend.shopApi).getProducts([
    'sandbar-linen-shirt',
    'fieldwork-chore-jacket',
    'ember-soy-candle',
  ]);
  [shirt, jacket, candle] = products as [Product, Product, Product];
});
afterAll(async () => {
  await backend?.cleanup();
});

async function freshCart(): Promise<{ adapter: ShopletAdapter; cart: Cart }> {
  const adapter = connect(backend.shopApi);
  const cart = await adapter.createCart({ lines: [{ variantId: variant(shirt, 'SLS-M-SAND'), quantity: 1 }] });
  return { adapter, cart };
}

describe('cart (the active order)', () => {
  it('starts as a pending cart with no order, and becomes the order on the first add', async () => {
    const adapter = connect(backend.shopApi);
    const empty = await adapter.createCart({});
    expect(empty).toMatchObject({
      id: PENDING_CART_ID,
      lines: [],
      totalQuantity: 0,
      total: { amount: 0, currencyCode: 'USD' },
    });
    const cart = await adapter.addLines(empty.id, [{ variantId: variant(shirt, 'SLS-M-SAND'), quantity: 2 }]);
    expect(cart.id).toMatch(/^[A-Z0-9]{8,}$/);
    expect(cart.lines).toHaveLength(1);
    expect(cart.lines[0]).toMatchObject({
      variantId: variant(shirt, 'SLS-M-SAND'),
      quantity: 2,
      productTitle: 'Sandbar Linen Shirt',
      productHandle: 'sandbar-linen-shirt',
      variantTitle: 'M / Sand',
      unitPrice: { amount: 5900, currencyCode: 'USD' },
      total: { amount: 11800, currencyCode: 'USD' },
    });
    expect(cart.lines[0]?.image?.url).toMatch(/^http:\/\/127\.0\.0\.1:3202\//);
    expect(cart.total).toEqual({ amount: 11800, currencyCode: 'USD' });
    expect(await adapter.getCart(empty.id)).toMatchObject({ id: cart.id });
  });

  it('adds several lines in one go and changes and removes them', async () => {
    const { adapter, cart } = await freshCart();
    const more = await adapter.addLines(cart.id, [
      { variantId: variant(candle, 'ESC-200'), quantity: 1 },
      { variantId: variant(shirt, 'SLS-M-SAND'), quantity: 1 },
    ]);
    expect(more.totalQuantity).toBe(3);
    expect(more.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      [variant(shirt, 'SLS-M-SAND'), 2],
      [variant(candle, 'ESC-200'), 1],
    ]);
    const shirtLine = more.lines[0]?.id ?? '';
    const candleLine = more.lines[1]?.id ?? '';
    const changed = await adapter.updateLines(more.id, [{ id: shirtLine, quantity: 5 }]);
    expect(changed.lines.find((l) => l.id === shirtLine)?.quantity).toBe(5);
    expect(changed.subtotal.amount).toBe(5 * 5900 + 2200);
    const removed = await adapter.removeLines(changed.id, [candleLine]);
    expect(removed.lines.map((l) => l.id)).toEqual([shirtLine]);
    const zeroed = await adapter.updateLines(removed.id, [{ id: shirtLine, quantity: 0 }]);
    expect(zeroed.lines).toEqual([]);
    expect(zeroed.id).toBe(cart.id);
  });

  it('refuses a sold-out variant with out_of_stock and the server message, leaving the cart as it was', async () => {
    const { adapter, cart } = await freshCart();
    const error = await adapter
      .addLines(cart.id, [{ variantId: variant(jacket, 'FCJ-M'), quantity: 1 }])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ShopletError', code: 'out_of_stock' });
    expect((error as Error).message.length).toBeGreaterThan(10);
    expect((await adapter.getCart(cart.id))?.lines.map((l) => l.variantId)).toEqual([variant(shirt, 'SLS-M-SAND')]);
  });

  it('adds what the stock allows and rejects with out_of_stock carrying the cart as it now is', async () => {
    const { adapter, cart } = await freshCart();
    // XL has 3 in stock.
    const error = await adapter
      .addLines(cart.id, [{ variantId: variant(shirt, 'SLS-XL-SAGE'), quantity: 10 }])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'out_of_stock' });
    const left = (error as { cause: { cart: Cart } }).cause.cart;
    expect(left.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      [variant(shirt, 'SLS-M-SAND'), 1],
      [variant(shirt, 'SLS-XL-SAGE'), 3],
    ]);
    expect(await adapter.getCart(cart.id)).toEqual(left);
  });

  it('rejects a bad quantity before asking the server', async () => {
    const { adapter, cart } = await freshCart();
    await expect(
      adapter.addLines(cart.id, [{ variantId: variant(candle, 'ESC-200'), quantity: 0 }]),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'lines[0].quantity',
    });
    await expect(adapter.updateLines(cart.id, [{ id: cart.lines[0]?.id ?? '', quantity: -1 }])).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});

describe('discount codes', () => {
  it('applies WELCOME10 for 10% off and removes it again', async () => {
    const { adapter, cart } = await freshCart();
    const discounted = await adapter.applyDiscount(cart.id, ['WELCOME10']);
    expect(discounted.discountCodes).toEqual([{ code: 'WELCOME10', applicable: true }]);
    expect(discounted.total.amount).toBe(5310);
    const plain = await adapter.applyDiscount(cart.id, []);
    expect(plain.discountCodes).toEqual([]);
    expect(plain.total.amount).toBe(5900);
  });

  it('refuses an unknown code with invalid_input on field code, keeping the applied ones', async () => {
    const { adapter, cart } = await freshCart();
    await adapter.applyDiscount(cart.id, ['WELCOME10']);
    const error = await adapter.applyDiscount(cart.id, ['WELCOME10', 'NOT-A-CODE']).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'code' });
    expect((error as Error).message).toContain('NOT-A-CODE');
    expect((await adapter.getCart(cart.id))?.discountCodes.map((d) => d.code)).toEqual(['WELCOME10']);
  });
});

describe('attributes', () => {
  it('keeps creator attribution in the order custom fields', async () => {
    const { adapter, cart } = await freshCart();
    const updated = await adapter.setAttributes(cart.id, { _shoplet_ref: 'ana', _shoplet_utm: 'source=instagram' });
    expect(updated.attributes).toEqual({ _shoplet_ref: 'ana', _shoplet_utm: 'source=instagram' });
    expect((await adapter.getCart(cart.id))?.attributes).toEqual({
      _shoplet_ref: 'ana',
      _shoplet_utm: 'source=instagram',
    });
    const cleared = await adapter.setAttributes(cart.id, { _shoplet_ref: 'ben' });
    expect(cleared.attributes).toEqual({ _shoplet_ref: 'ben' });
  });

  it('holds attributes given before the order exists and writes them with the first line', async () => {
    const adapter = connect(backend.shopApi);
    const pending = await adapter.createCart({ attributes: { _shoplet_ref: 'ana' } });
    expect(pending).toMatchObject({ id: PENDING_CART_ID, attributes: { _shoplet_ref: 'ana' } });
    const cart = await adapter.addLines(pending.id, [{ variantId: variant(candle, 'ESC-200'), quantity: 1 }]);
    expect(cart.attributes).toEqual({ _shoplet_ref: 'ana' });
    expect(adapter.capabilities.cartAttributes).toBe(true);
  });

  it('says unsupported when the server has no attribute fields', async () => {
    const adapter = connect(backend.shopApi, memoryStorage(), { customFields: { compareAtPrice: true } });
    expect(adapter.capabilities.cartAttributes).toBe(false);
    const cart = await adapter.createCart({ lines: [{ variantId: variant(candle, 'ESC-200'), quantity: 1 }] });
    await expect(adapter.setAttributes(cart.id, { _shoplet_ref: 'ana' })).rejects.toMatchObject({
      code: 'unsupported',
      field: 'attributes',
    });
  });
});

describe('session', () => {
  it('resumes the same order after a reload with the same storage', async () => {
    const storage = memoryStorage();
    const first = connect(backend.shopApi, storage);
    const cart = await first.createCart({ lines: [{ variantId: variant(candle, 'ESC-400'), quantity: 2 }] });
    const reloaded = connect(backend.shopApi, storage);
    const resumed = await reloaded.getCart(cart.id);
    expect(resumed).toMatchObject({ id: cart.id, totalQuantity: 2 });
    const added = await reloaded.addLines(cart.id, [{ variantId: variant(candle, 'ESC-200'), quantity: 1 }]);
    expect(added).toMatchObject({ id: cart.id, totalQuantity: 3 });
  });

  it('joins the session another tab started after this one was opened, so both share one order', async () => {
    const storage = memoryStorage();
    const tabA = connect(backend.shopApi, storage);
    const tabB = connect(backend.shopApi, storage); // opened before A had a session
    const cart = await tabA.createCart({ lines: [{ variantId: variant(candle, 'ESC-200'), quantity: 1 }] });
    const added = await tabB.addLines(cart.id, [{ variantId: variant(candle, 'ESC-400'), quantity: 1 }]);
    expect(added).toMatchObject({ id: cart.id, totalQuantity: 2 });
    expect(await tabA.getCart(cart.id)).toMatchObject({ id: cart.id, totalQuantity: 2 });
  });

  it('reads the catalogue without the session and the order with it', async () => {
    const storage = memoryStorage();
    const sent: [string, string | null][] = [];
    const spy: typeof fetch = (input, init) => {
      const operation = /^(?:query|mutation) (\w+)/.exec(JSON.parse(String(init?.body)).query)?.[1] ?? '';
      sent.push([operation, new Headers(init?.headers).get('authorization')]);
      return fetch(input, init);
    };
    const adapter = connect(backend.shopApi, storage, {}, spy);
    const cart = await adapter.createCart({ lines: [{ variantId: variant(candle, 'ESC-400'), quantity: 1 }] });
    sent.length = 0;
    await adapter.getProducts(['ember-soy-candle']);
    await adapter.deliveryPolicy?.();
    expect(await adapter.getCart(cart.id)).toMatchObject({ id: cart.id });
    const bearer = `Bearer ${storage.getItem(`vendure-auth-token:${new URL(backend.shopApi).href}`)}`;
    expect(sent).toEqual([
      ['ShopletProducts', null],
      ['ShopletShippingWindows', null],
      ['ShopletActiveOrder', bearer],
    ]);
  });

  it("does not see another session's order", async () => {
    const { cart } = await freshCart();
    const stranger = connect(backend.shopApi);
    expect(await stranger.getCart(cart.id)).toBeNull();
  });

  it("answers null for a code that is not the session's active order", async () => {
    const { adapter } = await freshCart();
    expect(await adapter.getCart('NOTMYORDER1')).toBeNull();
  });
});
