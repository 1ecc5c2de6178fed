// What a shopper sees while a change is on its way, and after the backend answers.
import { describe, expect, it, vi } from 'vitest';
import { createShoplet } from '../client.js';
import { ShopletError } from '../errors.js';
import { memoryStorage } from '../storage.js';
import { makeProduct, memoryAdapter } from '../testing.js';

const mug = makeProduct({ handle: 'mug', title: 'Stoneware mug' });
const mugId = mug.variants[0]!.id;

/** A promise and the function that resolves it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('the cart before the backend answers', () => {
  it('shows a saved cart at once and restores it', async () => {
    const adapter = memoryAdapter({ products: [mug] });
    const storage = memoryStorage();
    const saved = await adapter.addLines((await adapter.createCart({})).id, [{ variantId: mugId, quantity: 2 }]);
    storage.setItem('shoplet:cart', JSON.stringify({ id: saved.id, cart: saved, savedAt: 0 }));
    const shop = createShoplet({ adapter, storage });
    expect(shop.$cart.get()?.totalQuantity).toBe(2);
    expect((await shop.cart.ready)?.totalQuantity).toBe(2);
    expect((await shop.cart.add(mugId, 1)).totalQuantity).toBe(3);
  });

  it('shows the first add in the same tick, before the backend answers', async () => {
    const adapter = memoryAdapter({ products: [mug] });
    const answer = gate();
    const addLines = adapter.addLines.bind(adapter);
    const shop = createShoplet({
      adapter: {
        ...adapter,
        addLines: async (...args) => {
          await answer.opened;
          return addLines(...args);
        },
      },
      storage: memoryStorage(),
    });
    await shop.products.get('mug');
    const pending = shop.cart.add(mugId, 2);
    expect(shop.$cartStatus.get()).toBe('busy');
    expect(shop.$cart.get()?.totalQuantity).toBe(2);
    expect(shop.$cart.get()?.lines[0]?.id).toBe(`optimistic:${mugId}`);
    answer.open();
    expect((await pending).totalQuantity).toBe(2);
    expect(shop.$cart.get()?.lines[0]?.id).not.toMatch(/^optimistic/);
    void shop.cart.add(mugId, 1);
    expect(shop.$cart.get()?.totalQuantity).toBe(3);
  });

  it('rolls back a change the backend refuses, and the next change goes through', async () => {
    const adapter = memoryAdapter({ products: [mug] });
    let refuse = true;
    const addLines = adapter.addLines.bind(adapter);
    const shop = createShoplet({
      adapter: {
        ...adapter,
        addLines: async (...args) => {
          if (refuse) throw new ShopletError('network', 'offline');
          return addLines(...args);
        },
      },
      storage: memoryStorage(),
    });
    await shop.products.get('mug');
    const errors: string[] = [];
    shop.on('cart:error', (e) => errors.push(e.action));
    const first = shop.cart.add(mugId, 1);
    expect(shop.$cart.get()?.totalQuantity).toBe(1);
    await expect(first).rejects.toMatchObject({ name: 'ShopletError', code: 'network' });
    expect(shop.$cart.get()?.lines ?? []).toEqual([]);
    expect(shop.$cartStatus.get()).toBe('error');
    expect(errors).toEqual(['add']);
    refuse = false;
    expect((await shop.cart.add(mugId, 2)).totalQuantity).toBe(2);
    expect(shop.$cartStatus.get()).toBe('idle');
  });

  it('refuses a bad argument with the field and the fix, and queues nothing', async () => {
    const shop = createShoplet({ adapter: memoryAdapter({ products: [mug] }), storage: memoryStorage() });
    const errors = vi.fn();
    shop.on('cart:error', errors);
    const adding = shop.cart.add('', 1);
    expect(shop.$cartStatus.get()).toBe('idle');
    await expect(adding).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'variantId',
      message: 'variantId must be the id of a variant (see product.variants[].id), got "".',
    });
    await expect(shop.cart.update('line', -1)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'quantity',
      message: 'quantity must be a whole number from 0 to 9999, got -1.',
    });
    expect(shop.$cartStatus.get()).toBe('idle');
    expect(errors).not.toHaveBeenCalled();
  });
});
