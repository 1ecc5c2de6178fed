// The cart's change code loads on the first change: a page that only shows the cart never loads it.
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh module graph per test, so each starts with the change code not yet loaded. */
async function load() {
  const [{ createShoplet }, { memoryStorage }, { makeProduct, memoryAdapter }] = await Promise.all([
    import('./client.js'),
    import('./storage.js'),
    import('./testing.js'),
  ]);
  const mug = makeProduct({ handle: 'mug', title: 'Stoneware mug' });
  return { createShoplet, memoryStorage, memoryAdapter, mug, mugId: mug.variants[0]!.id };
}

describe('cart changes loaded on first use', () => {
  beforeEach(() => {
    vi.resetModules();
    return () => vi.doUnmock('./cart-changes.js');
  });

  it('shows and restores a saved cart without loading the change code', async () => {
    const loaded = vi.fn();
    vi.doMock('./cart-changes.js', async (importOriginal) => {
      loaded();
      return importOriginal();
    });
    const { createShoplet, memoryStorage, memoryAdapter, mug, mugId } = await load();
    const adapter = memoryAdapter({ products: [mug] });
    const storage = memoryStorage();
    const saved = await adapter.addLines((await adapter.createCart({})).id, [{ variantId: mugId, quantity: 2 }]);
    storage.setItem('shoplet:cart', JSON.stringify({ id: saved.id, cart: saved, savedAt: 0 }));
    const shop = createShoplet({ adapter, storage });
    expect(shop.$cart.get()?.totalQuantity).toBe(2);
    expect((await shop.cart.ready)?.totalQuantity).toBe(2);
    expect(loaded).not.toHaveBeenCalled();
    await shop.cart.add(mugId, 1);
    expect(loaded).toHaveBeenCalledOnce();
  });

  it('rolls back a change whose code could not load, and loads it again on the next change', async () => {
    let failLoad = true;
    vi.doMock('./cart-changes.js', async (importOriginal) => {
      if (failLoad) throw new TypeError('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    const { createShoplet, memoryStorage, memoryAdapter, mug, mugId } = await load();
    const shop = createShoplet({ adapter: memoryAdapter({ products: [mug] }), storage: memoryStorage() });
    await shop.products.get('mug');
    const errors: string[] = [];
    shop.on('cart:error', (e) => errors.push(e.action));
    const first = shop.cart.add(mugId, 1);
    // Busy at once; the line would show once the change code is there, which never comes.
    expect(shop.$cartStatus.get()).toBe('busy');
    await expect(first).rejects.toMatchObject({ name: 'ShopletError' });
    expect(shop.$cart.get()).toBeNull();
    expect(shop.$cartStatus.get()).toBe('error');
    expect(errors).toEqual(['add']);
    failLoad = false;
    const cart = await shop.cart.add(mugId, 2);
    expect(cart.totalQuantity).toBe(2);
    expect(shop.$cartStatus.get()).toBe('idle');
  });

  it('names the field of a bad argument even when the change code cannot load', async () => {
    vi.doMock('./cart-changes.js', async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { createShoplet, memoryStorage, memoryAdapter, mug } = await load();
    const shop = createShoplet({ adapter: memoryAdapter({ products: [mug] }), storage: memoryStorage() });
    const errors = vi.fn();
    shop.on('cart:error', errors);
    await expect(shop.cart.add('', 1)).rejects.toMatchObject({ code: 'invalid_input', field: 'variantId' });
    await expect(shop.cart.update('line', -1)).rejects.toMatchObject({ code: 'invalid_input', field: 'quantity' });
    expect(shop.$cartStatus.get()).toBe('idle');
    expect(errors).not.toHaveBeenCalled();
  });

  it('shows the first add as soon as the change code arrives, before the backend answers', async () => {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    vi.doMock('./cart-changes.js', async (importOriginal) => {
      await arrived;
      return importOriginal();
    });
    const { createShoplet, memoryStorage, memoryAdapter, mug, mugId } = await load();
    const adapter = memoryAdapter({ products: [mug] });
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const addLines = adapter.addLines.bind(adapter);
    const shop = createShoplet({
      adapter: {
        ...adapter,
        addLines: async (...args) => {
          await answered;
          return addLines(...args);
        },
      },
      storage: memoryStorage(),
    });
    await shop.products.get('mug');
    const pending = shop.cart.add(mugId, 2);
    expect(shop.$cartStatus.get()).toBe('busy');
    expect(shop.$cart.get()).toBeNull();
    arrive();
    await vi.waitFor(() => expect(shop.$cart.get()?.totalQuantity).toBe(2));
    expect(shop.$cart.get()?.lines[0]?.id).toBe(`optimistic:${mugId}`);
    answer();
    expect((await pending).totalQuantity).toBe(2);
    expect(shop.$cart.get()?.lines[0]?.id).not.toMatch(/^optimistic/);
    // Loaded now: the next change shows in the same tick.
    void shop.cart.add(mugId, 1);
    expect(shop.$cart.get()?.totalQuantity).toBe(3);
  });

  it("preload() loads the change code and the adapter's before the first change; a failed load is retried by the change", async () => {
    let failLoad = true;
    const loaded = vi.fn();
    vi.doMock('./cart-changes.js', async (importOriginal) => {
      loaded();
      if (failLoad) throw new TypeError('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    const { createShoplet, memoryStorage, memoryAdapter, mug, mugId } = await load();
    const adapter = memoryAdapter({ products: [mug] });
    const preloadCart = vi.fn(async () => {});
    const shop = createShoplet({ adapter: { ...adapter, preloadCart }, storage: memoryStorage() });
    await expect(shop.cart.preload()).resolves.toBeUndefined();
    expect(loaded).toHaveBeenCalledOnce();
    expect(preloadCart).toHaveBeenCalledOnce();
    failLoad = false;
    const cart = await shop.cart.add(mugId, 1);
    expect(cart.totalQuantity).toBe(1);
    expect(loaded).toHaveBeenCalledTimes(2);
  });
});
