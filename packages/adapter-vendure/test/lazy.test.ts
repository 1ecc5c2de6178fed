// What a page loads: showing products and their delivery window needs none of the cart code, nor
// the session; reading the saved cart loads the session and the order mapping; the first change
// loads the mutations; the first checkout step loads the checkout. Each module marks itself loaded
// when it is first imported.
import { memoryStorage } from '@shoplet/core';
import { describe, expect, it, vi } from 'vitest';
import { PENDING_CART_ID } from '../src/index.js';
import { connect } from './backend.js';

const loaded = vi.hoisted(() => new Set<string>());
vi.mock('../src/active-order.js', async (importOriginal) => {
  loaded.add('active-order');
  return importOriginal();
});
vi.mock('../src/session.js', async (importOriginal) => {
  loaded.add('session');
  return importOriginal();
});
vi.mock('../src/cart.js', async (importOriginal) => {
  loaded.add('cart');
  return importOriginal();
});
vi.mock('../src/inline-checkout.js', async (importOriginal) => {
  loaded.add('inline-checkout');
  return importOriginal();
});

/** Answers each GraphQL operation the way a stock Vendure with one delivery window would. */
const shopApi: typeof fetch = async (_input, init) => {
  const query = JSON.parse(String(init?.body)).query as string;
  const operation = /^(?:query|mutation) (\w+)/.exec(query)?.[1];
  const data: Record<string, unknown> = {
    ShopletSchemaFeatures: { deliveryDays: { fields: [{ name: 'minDays' }, { name: 'maxDays' }] } },
    ShopletProducts: { p0: null },
    ShopletShippingWindows: { activeShippingMethods: [{ customFields: { minDays: 2, maxDays: 4 } }] },
    ShopletActiveOrder: { activeOrder: null, activeChannel: { defaultCurrencyCode: 'EUR' } },
  };
  if (!operation || !(operation in data)) throw new Error(`unexpected operation ${operation}`);
  return new Response(JSON.stringify({ data: data[operation] }), { headers: { 'content-type': 'application/json' } });
};

describe('code loaded on first use', () => {
  it('shows products and delivery windows without the cart code, and loads each part when it is first used', async () => {
    const adapter = connect('http://shop.test/shop-api', memoryStorage(), {}, shopApi);
    expect(await adapter.getProducts(['no-such-product'])).toEqual([null]);
    expect(await adapter.deliveryPolicy?.()).toMatchObject({ transit: { '*': [2, 4] } });
    expect([...loaded]).toEqual([]);

    expect(await adapter.getCart(PENDING_CART_ID)).toMatchObject({ id: PENDING_CART_ID, lines: [] });
    expect([...loaded].sort()).toEqual(['active-order', 'session']);

    await expect(adapter.addLines(PENDING_CART_ID, [{ variantId: '', quantity: 1 }])).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'lines[0].variantId',
    });
    expect([...loaded].sort()).toEqual(['active-order', 'cart', 'session']);

    await expect(adapter.inline?.setContact(PENDING_CART_ID, { email: 'not-an-email' })).rejects.toMatchObject({
      field: 'email',
    });
    expect([...loaded].sort()).toEqual(['active-order', 'cart', 'inline-checkout', 'session']);
  });
});
