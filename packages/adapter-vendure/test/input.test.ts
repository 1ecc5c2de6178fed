// A fresh visitor against a Shop API that has no order for them: the cart is the empty pending
// one, and bad input is refused before anything is sent.
import { memoryStorage } from '@shoplet/core';
import { describe, expect, it } from 'vitest';
import { PENDING_CART_ID } from '../src/index.js';
import { connect } from './backend.js';

function shopApi() {
  const operations: string[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const query = JSON.parse(String(init?.body)).query as string;
    const operation = /^(?:query|mutation) (\w+)/.exec(query)?.[1] ?? 'anonymous';
    operations.push(operation);
    const answers: Record<string, unknown> = {
      ShopletActiveOrder: { activeOrder: null, activeChannel: { defaultCurrencyCode: 'EUR' } },
    };
    if (!(operation in answers)) throw new Error(`unexpected operation ${operation}`);
    return new Response(JSON.stringify({ data: answers[operation] }), {
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch, operations };
}

describe('a visitor without an order', () => {
  it('has the empty pending cart in the channel currency', async () => {
    const shop = shopApi();
    const adapter = connect('http://shop.test/shop-api', memoryStorage(), { customFields: {} }, shop.fetch);
    expect(await adapter.getCart(PENDING_CART_ID)).toMatchObject({
      id: PENDING_CART_ID,
      lines: [],
      total: { amount: 0, currencyCode: 'EUR' },
    });
    expect(shop.operations).toEqual(['ShopletActiveOrder']);
  });

  it('is refused an add without a variant id and a contact without an email, before anything is sent', async () => {
    const shop = shopApi();
    const adapter = connect('http://shop.test/shop-api', memoryStorage(), { customFields: {} }, shop.fetch);
    await expect(adapter.addLines(PENDING_CART_ID, [{ variantId: '', quantity: 1 }])).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'lines[0].variantId',
    });
    await expect(adapter.inline?.setContact(PENDING_CART_ID, { email: 'not-an-email' })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'email',
    });
    expect(shop.operations).toEqual([]);
  });
});
