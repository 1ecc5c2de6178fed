import { describe, expect, it, vi } from 'vitest';
import { createShoplet } from './client.js';
import { ShopletError } from './errors.js';
import type { ShopletEvents } from './events.js';
import { memoryStorage } from './storage.js';
import { makeProduct, memoryAdapter } from './testing.js';

const shirt = makeProduct({
  handle: 'linen-shirt',
  title: 'Linen shirt',
  options: [{ name: 'Size', values: ['S', 'M'] }],
});
const mug = makeProduct({ handle: 'mug', title: 'Stoneware mug' });
const soldOut = makeProduct({ handle: 'sold-out', title: 'Sold-out scarf' });
soldOut.variants[0]!.availableForSale = false;
soldOut.variants[0]!.quantityAvailable = 0;

function setup(extra: Partial<Parameters<typeof memoryAdapter>[0]> = {}, storage = memoryStorage()) {
  const adapter = memoryAdapter({ products: [shirt, mug, soldOut], discounts: { WELCOME10: 10 }, ...extra });
  const shop = createShoplet({ adapter, storage, locale: 'en-GB' });
  return { adapter, shop, storage };
}

describe('createShoplet options', () => {
  it('names the option and the fix when something is wrong', () => {
    const adapter = memoryAdapter({ products: [] });
    expect(() => createShoplet({} as never)).toThrow(/options\.adapter is required/);
    expect(() => createShoplet({ adapter, country: 'uk' })).toThrow(
      /options\.country must be an ISO 3166-1 alpha-2 code/,
    );
    expect(() => createShoplet({ adapter, currency: 'EURO' })).toThrow(/options\.currency/);
    expect(() => createShoplet({ adapter, locale: 'not a locale!' })).toThrow(/options\.locale/);
    expect(() => createShoplet({ adapter, storage: {} as never })).toThrow(
      /options\.storage must be an object with getItem/,
    );
    expect(() => createShoplet({ adapter, adaptor: 1 } as never)).toThrow(/Did you mean "adapter"/);
    expect(() => createShoplet({ adapter: memoryAdapter } as never)).toThrow(/not the factory itself/);
    expect(() => createShoplet({ adapter, requireConsent: true } as never)).toThrow(
      /withTrust\(shop, \{ requireConsent \}\)/,
    );
    try {
      createShoplet({ adapter, cacheTtlMs: -1 });
    } catch (err) {
      expect(err).toBeInstanceOf(ShopletError);
      expect(err).toMatchObject({ code: 'invalid_config', field: 'options.cacheTtlMs' });
    }
  });
});

describe('products', () => {
  it('batches ten concurrent gets into one adapter call and dedupes repeats', async () => {
    const { shop, adapter } = setup();
    const refs = [
      'linen-shirt',
      'mug',
      'linen-shirt',
      'mug',
      'sold-out',
      'linen-shirt',
      'mug',
      'mug',
      'sold-out',
      'linen-shirt',
    ];
    const results = await Promise.all(refs.map((r) => shop.products.get(r)));
    expect(adapter.calls.getProducts).toBe(1);
    expect(adapter.productBatches[0]).toEqual(['linen-shirt', 'mug', 'sold-out']);
    expect(results.map((p) => p.handle)).toEqual(refs);
    // Cached: a later get costs nothing, and the id alias is known too.
    await shop.products.get({ id: shirt.id });
    expect(adapter.calls.getProducts).toBe(1);
  });

  it('reports an unknown product as a not_found value, not a crash', async () => {
    const { shop } = setup();
    const [found, missing] = await shop.products.getMany(['mug', 'no-such-thing']);
    expect(found).toMatchObject({ handle: 'mug' });
    expect(missing).toBeInstanceOf(ShopletError);
    expect(missing).toMatchObject({ code: 'not_found' });
    await expect(shop.products.get('no-such-thing')).rejects.toThrow(/No product "no-such-thing"/);
    const store = shop.products.store('no-such-thing');
    await vi.waitFor(() => expect(store.get().status).toBe('error'));
  });

  it('asks again for products whose batch failed, with one error for the batch', async () => {
    const { shop, adapter } = setup();
    adapter.failNext('getProducts', new TypeError('Failed to fetch'));
    const failed = await Promise.all([
      shop.products.get('mug').catch((e) => e),
      shop.products.get('linen-shirt').catch((e) => e),
    ]);
    expect(failed[0]).toBeInstanceOf(ShopletError);
    expect(failed[0]).toMatchObject({ code: 'network', message: 'Failed to fetch' });
    expect(failed[1]).toBe(failed[0]);
    expect(adapter.calls.getProducts).toBe(1);
    const [mugAgain, shirtAgain] = await Promise.all([shop.products.get('mug'), shop.products.get({ id: shirt.id })]);
    expect([mugAgain.handle, shirtAgain.handle]).toEqual(['mug', 'linen-shirt']);
    expect(adapter.calls.getProducts).toBe(2);
    expect(adapter.productBatches[1]).toHaveLength(2);
    // Found by id, known by handle too: no third request.
    expect((await shop.products.get('linen-shirt')).id).toBe(shirt.id);
    expect(shop.products.findByVariant(shirt.variants[1]!.id)?.handle).toBe('linen-shirt');
    expect(adapter.calls.getProducts).toBe(2);
  });

  it('refuses an empty handle or a reference without an id, naming the field', async () => {
    const { shop, adapter } = setup();
    await expect(shop.products.get('  ')).rejects.toMatchObject({ code: 'invalid_input', field: 'product' });
    await expect(shop.products.get({ id: '' })).rejects.toMatchObject({ code: 'invalid_input', field: 'product' });
    await expect(shop.products.get(null as never)).rejects.toMatchObject({ code: 'invalid_input', field: 'product' });
    expect(() => shop.products.store({} as never)).toThrow(/handle string or \{ id: string \}/);
    expect(adapter.calls.getProducts).toBeUndefined();
  });

  it('refetches after the TTL', async () => {
    let now = 0;
    const adapter = memoryAdapter({ products: [mug] });
    const shop = createShoplet({ adapter, storage: memoryStorage(), cacheTtlMs: 1000, now: () => now });
    await shop.products.get('mug');
    now = 999;
    await shop.products.get('mug');
    now = 1001;
    await shop.products.get('mug');
    expect(adapter.calls.getProducts).toBe(2);
  });
});

describe('cart', () => {
  it('shows an add at once, then the backend’s cart', async () => {
    const { shop } = setup();
    const product = await shop.products.get('linen-shirt');
    const variant = product.variants[1]!;
    const pending = shop.cart.add(variant.id, 2);
    // Optimistic: visible before the backend answered.
    expect(shop.$cart.get()?.totalQuantity).toBe(2);
    expect(shop.$cartStatus.get()).toBe('busy');
    const cart = await pending;
    expect(cart.lines[0]).toMatchObject({ variantId: variant.id, quantity: 2, variantTitle: 'M' });
    expect(shop.$cart.get()?.id).toBe(cart.id);
    expect(shop.$cartStatus.get()).toBe('idle');
  });

  it('rolls back a refused add and emits cart:error', async () => {
    const { shop } = setup();
    const product = await shop.products.get('linen-shirt');
    await shop.cart.add(product.variants[0]!.id, 1);
    const errors: ShopletEvents['cart:error'][] = [];
    shop.on('cart:error', (e) => errors.push(e));
    const soldOutProduct = await shop.products.get('sold-out');
    const attempt = shop.cart.add(soldOutProduct.variants[0]!.id, 1);
    expect(shop.$cart.get()?.lines).toHaveLength(2); // optimistic line shown
    await expect(attempt).rejects.toMatchObject({ code: 'out_of_stock' });
    expect(shop.$cart.get()?.lines.map((l) => l.productHandle)).toEqual(['linen-shirt']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ action: 'add', error: { code: 'out_of_stock' } });
    expect(shop.$cartStatus.get()).toBe('error');
    expect(shop.$cartError.get()?.message).toMatch(/sold out/);
  });

  it('shows the cart a backend left after applying a change in part', async () => {
    const { shop, adapter } = setup();
    const m = await shop.products.get('mug');
    const cart = await shop.cart.add(m.variants[0]!.id, 1);
    const capped = { ...cart, totalQuantity: 5, lines: [{ ...cart.lines[0]!, quantity: 5 }] };
    adapter.failNext('updateLines', new ShopletError('out_of_stock', 'Only 5 left', { cause: { cart: capped } }));
    await expect(shop.cart.update(cart.lines[0]!.id, 9)).rejects.toMatchObject({ code: 'out_of_stock' });
    expect(shop.$cart.get()?.lines[0]?.quantity).toBe(5);
  });

  it('keeps the shopper’s other pending changes when one in the middle fails', async () => {
    const { shop, adapter } = setup({ latencyMs: 5 });
    const [s, m] = await shop.products.getMany(['linen-shirt', 'mug']);
    if (!('variants' in s!) || !('variants' in m!)) throw new Error('fixtures');
    adapter.failNext('addLines', new ShopletError('backend', 'Backend said no'));
    const first = shop.cart.add(s.variants[0]!.id, 1).catch((e) => e);
    const second = shop.cart.add(m.variants[0]!.id, 3);
    expect(shop.$cart.get()?.totalQuantity).toBe(4);
    expect(await first).toMatchObject({ message: 'Backend said no' });
    const cart = await second;
    expect(cart.lines.map((l) => [l.productHandle, l.quantity])).toEqual([['mug', 3]]);
    expect(shop.$cart.get()?.totalQuantity).toBe(3);
  });

  it('runs two quick clicks in order, without losing either', async () => {
    const { shop, adapter } = setup({ latencyMs: 10 });
    const product = await shop.products.get('mug');
    const id = product.variants[0]!.id;
    await Promise.all([shop.cart.add(id, 1), shop.cart.add(id, 1)]);
    expect(shop.$cart.get()?.lines[0]?.quantity).toBe(2);
    expect(adapter.calls.createCart).toBe(1);
  });

  it('restores the cart after a reload from the same storage', async () => {
    const storage = memoryStorage();
    const { shop, adapter } = setup({}, storage);
    const product = await shop.products.get('mug');
    const { id } = await shop.cart.add(product.variants[0]!.id, 2);
    const reloaded = createShoplet({ adapter, storage });
    // Shown from storage at once, then confirmed by the backend.
    expect(reloaded.$cart.get()?.totalQuantity).toBe(2);
    const restored = await reloaded.cart.ready;
    expect(restored).toMatchObject({ id, totalQuantity: 2 });
    expect(adapter.calls.getCart).toBe(1);
  });

  it('recreates a cart the backend forgot, with its lines', async () => {
    const storage = memoryStorage();
    const { shop, adapter } = setup({}, storage);
    const [s, m] = (await shop.products.getMany(['linen-shirt', 'mug'])) as [typeof shirt, typeof mug];
    await shop.cart.add(s.variants[0]!.id, 1);
    const old = await shop.cart.add(m.variants[0]!.id, 2);
    adapter.forgetCart(old.id);
    const reloaded = createShoplet({ adapter, storage });
    const cart = await reloaded.cart.ready;
    expect(cart!.id).not.toBe(old.id);
    expect(cart!.lines.map((l) => [l.productHandle, l.quantity])).toEqual([
      ['linen-shirt', 1],
      ['mug', 2],
    ]);
  });

  it('recreates a cart that vanished between two changes', async () => {
    const { shop, adapter } = setup();
    const m = await shop.products.get('mug');
    const old = await shop.cart.add(m.variants[0]!.id, 1);
    adapter.forgetCart(old.id);
    const cart = await shop.cart.add(m.variants[0]!.id, 1);
    expect(cart.id).not.toBe(old.id);
    expect(cart.lines[0]?.quantity).toBe(2);
  });

  it('keeps showing the saved cart when the backend is unreachable on reload', async () => {
    const storage = memoryStorage();
    const { shop, adapter } = setup({}, storage);
    const m = await shop.products.get('mug');
    await shop.cart.add(m.variants[0]!.id, 1);
    adapter.failNext('getCart', new ShopletError('network', 'Failed to fetch'));
    const reloaded = createShoplet({ adapter, storage });
    await reloaded.cart.ready;
    expect(reloaded.$cart.get()?.totalQuantity).toBe(1);
    expect(reloaded.$cartStatus.get()).toBe('error');
    // The next change goes through once the network is back.
    const cart = await reloaded.cart.add(m.variants[0]!.id, 1);
    expect(cart.totalQuantity).toBe(2);
    expect(reloaded.$cartStatus.get()).toBe('idle');
  });

  it('updates, removes, applies a discount and rejects a bad code with the field named', async () => {
    const { shop } = setup();
    const m = await shop.products.get('mug');
    const cart = await shop.cart.add(m.variants[0]!.id, 1);
    const updated = await shop.cart.update(cart.lines[0]!.id, 4);
    expect(updated.totalQuantity).toBe(4);
    const discounted = await shop.cart.applyDiscount('WELCOME10');
    expect(discounted.total.amount).toBe(Math.round(discounted.subtotal.amount * 0.9));
    await expect(shop.cart.applyDiscount('NOPE')).rejects.toMatchObject({ code: 'invalid_input', field: 'code' });
    await expect(shop.cart.update(cart.lines[0]!.id, 1.5)).rejects.toMatchObject({ field: 'quantity' });
    const removed = await shop.cart.remove(cart.lines[0]!.id);
    expect(removed.lines).toEqual([]);
  });

  it('emits cart:add, cart:update and cart:remove with what analytics need', async () => {
    const { shop } = setup();
    const seen: string[] = [];
    shop.on('cart:add', (e) => seen.push(`add ${e.variantId} x${e.quantity} ${e.line?.unitPrice.amount}`));
    shop.on('cart:update', (e) => seen.push(`update ${e.previousQuantity}->${e.quantity}`));
    shop.on('cart:remove', (e) => seen.push(`remove ${e.line.productHandle}`));
    const m = await shop.products.get('mug');
    const cart = await shop.cart.add(m.variants[0]!.id, 1);
    await shop.cart.update(cart.lines[0]!.id, 3);
    await shop.cart.remove(cart.lines[0]!.id);
    await Promise.resolve();
    expect(seen).toEqual([`add ${m.variants[0]!.id} x1 2500`, 'update 1->3', 'remove mug']);
  });
});

describe('other tabs', () => {
  it('shows the cart another tab saved (once per change), and stops listening once destroyed', async () => {
    const target = new EventTarget();
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('addEventListener', target.addEventListener.bind(target));
    vi.stubGlobal('removeEventListener', target.removeEventListener.bind(target));
    try {
      const adapter = memoryAdapter({ products: [mug] });
      const shop = createShoplet({ adapter, storage });
      const changes = vi.fn();
      shop.on('cart:change', changes);
      // The other tab: same storage, its own client.
      const other = createShoplet({ adapter, storage, syncTabs: false });
      await other.cart.add(mug.variants[0]!.id, 2);
      const fire = (key: string | null) => target.dispatchEvent(Object.assign(new Event('storage'), { key }));
      fire('shoplet:something-else');
      expect(shop.$cart.get()).toBeNull();
      fire('shoplet:cart');
      expect(shop.$cart.get()?.totalQuantity).toBe(2);
      fire('shoplet:cart');
      expect(changes).toHaveBeenCalledOnce();
      other.cart.reset();
      fire(null); // storage.clear() in the other tab
      expect(shop.$cart.get()).toBeNull();
      shop.destroy();
      await other.cart.add(mug.variants[0]!.id, 1);
      fire('shoplet:cart');
      expect(shop.$cart.get()).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('checkout', () => {
  it('hands off to the backend’s checkout URL and refuses an empty cart', async () => {
    const { shop } = setup();
    await expect(shop.checkout.start()).rejects.toMatchObject({ code: 'invalid_input', field: 'cart' });
    const m = await shop.products.get('mug');
    await shop.cart.add(m.variants[0]!.id, 1);
    const started = vi.fn();
    shop.on('checkout:start', started);
    const handoff = await shop.checkout.start();
    expect(handoff).toMatchObject({ kind: 'redirect', url: expect.stringContaining('memory-cart-') });
    expect(started).toHaveBeenCalledOnce();
    expect(shop.checkout.inline).toBeUndefined();
  });

  it('runs the inline steps to a placed order and starts a fresh cart', async () => {
    const { shop, adapter } = setup({ inlineCheckout: true });
    const m = await shop.products.get('mug');
    await shop.cart.add(m.variants[0]!.id, 2);
    const inline = shop.checkout.inline!;
    await expect(inline.setContact({ email: 'not-an-email' })).rejects.toMatchObject({ field: 'email' });
    await inline.setContact({ email: 'ana@example.com' });
    await inline.setShippingAddress({
      fullName: 'Ana Silva',
      streetLine1: '1 High St',
      city: 'London',
      postalCode: 'N1 1AA',
      countryCode: 'GB',
    });
    const [option] = await inline.shippingOptions();
    await inline.setShippingOption(option!.id);
    const [payment] = await inline.paymentOptions();
    expect(payment!.kind).toBe('no-card');
    const completed = vi.fn();
    shop.on('checkout:complete', completed);
    const order = await inline.pay(payment!.code);
    expect(order).toMatchObject({ code: 'ORDER-1', state: 'PaymentSettled' });
    expect(completed).toHaveBeenCalledWith({ order });
    expect(shop.$cart.get()).toBeNull();
    expect(adapter.stockOf(m.variants[0]!.id)).toBe(8);
  });
});
