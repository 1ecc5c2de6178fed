// Edge cases of the cart queue that a shopper hits with real backends.
import { describe, expect, it } from 'vitest';
import { createShoplet } from '../client.js';
import { memoryStorage } from '../storage.js';
import { makeProduct, memoryAdapter } from '../testing.js';

const mug = makeProduct({ handle: 'mug', title: 'Stoneware mug' });
const tote = makeProduct({ handle: 'tote', title: 'Canvas tote' });
const mugId = mug.variants[0]!.id;
const toteId = tote.variants[0]!.id;

function setup(storage = memoryStorage(), latencyMs = 0) {
  const adapter = memoryAdapter({ products: [mug, tote], latencyMs });
  return { adapter, storage, shop: createShoplet({ adapter, storage }) };
}

describe('cart edge cases', () => {
  it('does not refill the cart with what was just bought after a checkout hand-off', async () => {
    const { adapter, storage, shop } = setup();
    await shop.cart.add(mugId, 2);
    const handoff = await shop.checkout.start();
    expect(handoff.kind).toBe('redirect');
    // The shopper pays on the backend's checkout; the backend then drops the cart.
    adapter.forgetCart(shop.$cart.get()!.id);
    const back = createShoplet({ adapter, storage });
    await back.cart.ready;
    expect(back.$cart.get()).toBeNull();
  });

  it('still rebuilds a cart that expired without a hand-off', async () => {
    const { adapter, storage, shop } = setup();
    const cart = await shop.cart.add(mugId, 2);
    adapter.forgetCart(cart.id);
    const back = createShoplet({ adapter, storage });
    expect((await back.cart.ready)?.totalQuantity).toBe(2);
  });

  it('clear() also removes a line whose add is still on its way', async () => {
    const { shop } = setup(memoryStorage(), 5);
    await shop.cart.add(mugId, 1);
    const adding = shop.cart.add(toteId, 1);
    const cleared = await shop.cart.clear();
    await adding;
    expect(cleared?.lines).toEqual([]);
    expect(shop.$cart.get()?.lines).toEqual([]);
  });

  it('checks out right after an add ("buy now") against the real cart, not the preview', async () => {
    const { shop } = setup(memoryStorage(), 5);
    void shop.cart.add(mugId, 1);
    const handoff = await shop.checkout.start();
    expect(handoff).toMatchObject({ kind: 'redirect', url: expect.stringContaining('memory-cart-') });
  });

  it('refetches the products elements already show when the market changes', async () => {
    const { shop, adapter } = setup();
    const store = shop.products.store('mug');
    await expect.poll(() => store.get().status).toBe('ready');
    const seen: string[] = [];
    store.listen((s) => seen.push(s.status));
    await shop.setCountry('DE');
    await expect.poll(() => adapter.calls.getProducts).toBe(2);
    await expect.poll(() => seen).toContain('ready');
    expect(shop.country).toBe('DE');
  });

  it('refuses bad cart arguments with the field and the fix, leaving the cart, its status and its events alone', async () => {
    const { shop, adapter } = setup();
    await shop.cart.add(mugId, 1);
    const lineId = shop.$cart.get()!.lines[0]!.id;
    const events: string[] = [];
    for (const name of ['cart:error', 'cart:change', 'cart:add', 'cart:update'] as const) {
      shop.on(name, () => events.push(name));
    }
    const statuses: string[] = [];
    shop.$cartStatus.listen((s) => statuses.push(s));
    const shown = shop.$cart.get();
    await expect(shop.cart.add('', 1)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'variantId',
      message: expect.stringMatching(/variantId must be the id of a variant/),
    });
    await expect(shop.cart.add(mugId, 0)).rejects.toMatchObject({
      field: 'quantity',
      message: 'quantity must be a whole number from 1 to 9999, got 0.',
    });
    await expect(shop.cart.update(lineId, 1.5)).rejects.toMatchObject({
      field: 'quantity',
      message: 'quantity must be a whole number from 0 to 9999, got 1.5.',
    });
    await expect(shop.cart.applyDiscount('  ')).rejects.toMatchObject({
      field: 'code',
      message: 'Enter a discount code.',
    });
    expect(shop.$cart.get()).toBe(shown);
    expect(shop.$cartError.get()).toBeNull();
    expect(statuses).toEqual([]);
    expect(events).toEqual([]);
    expect(adapter.calls.addLines).toBe(1);
  });

  it('refuses a country that is not an ISO code, naming the field and the fix, without touching the cart', async () => {
    const { shop } = setup();
    const errors: unknown[] = [];
    shop.on('cart:error', (e) => errors.push(e));
    const statuses: string[] = [];
    shop.$cartStatus.listen((s) => statuses.push(s));
    await expect(shop.setCountry('de')).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'country',
      message: expect.stringMatching(/ISO 3166-1 alpha-2 code.*"DE"/),
    });
    expect(shop.country).toBeUndefined();
    expect(statuses).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('reprices the cart for the new market after the changes queued before it', async () => {
    const adapter = memoryAdapter({ products: [mug], latencyMs: 5 });
    const markets: [string, number][] = [];
    const shop = createShoplet({
      adapter: {
        ...adapter,
        setMarket: async (cartId, { country }) => {
          const cart = (await adapter.getCart(cartId))!;
          markets.push([country, cart.totalQuantity]);
          return cart;
        },
      },
      storage: memoryStorage(),
    });
    void shop.cart.add(mugId, 2);
    await shop.setCountry('DE');
    expect(markets).toEqual([['DE', 2]]);
    expect(shop.country).toBe('DE');
  });

  it('ignores a saved cart of the wrong shape instead of failing every change', async () => {
    const storage = memoryStorage();
    storage.setItem('shoplet:cart', JSON.stringify({ id: 'old', cart: { id: 'old' } }));
    const { shop } = setup(storage);
    expect(shop.$cart.get()).toBeNull();
    const cart = await shop.cart.add(mugId, 1);
    expect(cart.totalQuantity).toBe(1);
    expect(shop.$cartStatus.get()).toBe('idle');
  });

  it('updates the right line after the cart was rebuilt under it', async () => {
    const { shop, adapter } = setup();
    const first = await shop.cart.add(mugId, 1);
    const oldLineId = first.lines[0]!.id;
    adapter.forgetCart(first.id);
    const updated = await shop.cart.update(oldLineId, 3);
    expect(updated.id).not.toBe(first.id);
    expect(updated.lines.map((l) => [l.variantId, l.quantity])).toEqual([[mugId, 3]]);
  });

  it('treats a second remove of the same line (a double click) as done, not as an error', async () => {
    const { shop } = setup(memoryStorage(), 5);
    const cart = await shop.cart.add(mugId, 1);
    const lineId = cart.lines[0]!.id;
    const [a, b] = await Promise.all([shop.cart.remove(lineId), shop.cart.remove(lineId)]);
    expect(a.lines).toEqual([]);
    expect(b.lines).toEqual([]);
    expect(shop.$cartStatus.get()).toBe('idle');
    expect(shop.$cartError.get()).toBeNull();
  });

  it('refuses to update a line that is not in the cart, naming the field', async () => {
    const { shop } = setup();
    await shop.cart.add(mugId, 1);
    await expect(shop.cart.update('no-such-line', 2)).rejects.toMatchObject({ code: 'not_found', field: 'lineId' });
    expect(shop.$cart.get()?.totalQuantity).toBe(1);
  });
});
