import {
  createShoplet,
  isShopletError,
  memoryStorage,
  type Product,
  type Shoplet,
  type StorageLike,
} from '@shoplet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendure } from '../src/index.js';
import { saleableStock, startBackend } from './backend.js';

let backend: Awaited<ReturnType<typeof startBackend>>;
const clients: Shoplet[] = [];

beforeAll(async () => {
  backend = await startBackend(3204);
});
afterAll(async () => {
  for (const shop of clients) shop.destroy();
  await backend?.cleanup();
});

function client(storage: StorageLike = memoryStorage()): Shoplet {
  const shop = createShoplet({ adapter: vendure({ shopApi: backend.shopApi }), storage, locale: 'en-US', retries: 0 });
  clients.push(shop);
  return shop;
}

function sku(product: Product, code: string): string {
  const id = product.variants.find((v) => v.sku === code)?.id;
  if (!id) throw new Error(`no variant ${code}`);
  return id;
}

describe('through createShoplet', () => {
  it('browses by slug and id, batched, and formats Vendure prices', async () => {
    const shop = client();
    const [mug, missing] = await shop.products.getMany(['harbour-stoneware-mug', 'no-such-product']);
    expect((mug as Product).title).toBe('Harbour Stoneware Mug');
    expect(isShopletError(missing, 'not_found')).toBe(true);
    const byId = await shop.products.get({ id: (mug as Product).id });
    expect(byId.handle).toBe('harbour-stoneware-mug');
    const shirt = await shop.products.get('sandbar-linen-shirt');
    expect(shop.format(shirt.variants[0]?.price ?? { amount: 0, currencyCode: 'USD' })).toBe('$59.00');
  });

  it('adds, changes quantity, applies WELCOME10 and refuses an unknown code', async () => {
    const shop = client();
    const candle = await shop.products.get('ember-soy-candle');
    const cart = await shop.cart.add(sku(candle, 'ESC-200'), 1);
    expect(cart.totalQuantity).toBe(1);
    const lineId = cart.lines[0]?.id ?? '';
    await shop.cart.update(lineId, 3);
    expect(shop.$cart.get()?.subtotal.amount).toBe(3 * 2200);
    await shop.cart.applyDiscount('WELCOME10');
    expect(shop.$cart.get()?.total.amount).toBe(5940);
    const error = await shop.cart.applyDiscount('NOPE-NOPE').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'code' });
    expect(shop.$cart.get()?.discountCodes.map((d) => d.code)).toEqual(['WELCOME10']);
    await shop.cart.removeDiscount('WELCOME10');
    expect(shop.$cart.get()?.total.amount).toBe(6600);
  });

  it('rolls back a sold-out add and reports out_of_stock', async () => {
    const shop = client();
    const jacket = await shop.products.get('fieldwork-chore-jacket');
    await shop.cart.add(sku(jacket, 'FCJ-S'), 1);
    const errors: string[] = [];
    shop.on('cart:error', ({ error }) => errors.push(error.code));
    await expect(shop.cart.add(sku(jacket, 'FCJ-M'), 1)).rejects.toMatchObject({ code: 'out_of_stock' });
    expect(errors).toEqual(['out_of_stock']);
    expect(shop.$cart.get()?.lines.map((l) => l.variantId)).toEqual([sku(jacket, 'FCJ-S')]);
  });

  it('shows the cart capped at the stock when more is asked for than there is', async () => {
    const shop = client();
    const shirt = await shop.products.get('sandbar-linen-shirt');
    await expect(shop.cart.add(sku(shirt, 'SLS-XL-SAND'), 5)).rejects.toMatchObject({ code: 'out_of_stock' });
    expect(shop.$cart.get()?.lines.map((l) => [l.variantId, l.quantity])).toEqual([[sku(shirt, 'SLS-XL-SAND'), 3]]);
  });

  it('restores the same order after a reload', async () => {
    const storage = memoryStorage();
    const first = client(storage);
    const tote = await first.products.get('cove-canvas-tote');
    const cart = await first.cart.add(tote.variants[0]?.id ?? '', 2);
    first.destroy();
    const reloaded = client(storage);
    const restored = await reloaded.cart.ready;
    expect(restored).toMatchObject({ id: cart.id, totalQuantity: 2 });
    const more = await reloaded.cart.add(tote.variants[0]?.id ?? '', 1);
    expect(more).toMatchObject({ id: cart.id, totalQuantity: 3 });
  });

  it('checks out inline to a paid order and clears the cart', async () => {
    const shop = client();
    const board = await shop.products.get('driftwood-serving-board');
    const before = await saleableStock(backend, 'DSB-1');
    await shop.cart.add(board.variants[0]?.id ?? '', 1);
    expect(await shop.checkout.start()).toEqual({ kind: 'inline', provider: 'Vendure' });
    const inline = shop.checkout.inline;
    if (!inline) throw new Error('the Vendure adapter offers inline checkout');
    await inline.setContact({ email: 'ben@example.com', firstName: 'Ben', lastName: 'Okafor' });
    await inline.setShippingAddress({
      fullName: 'Ben Okafor',
      streetLine1: '5 Rue Oberkampf',
      city: 'Paris',
      postalCode: '75011',
      countryCode: 'FR',
    });
    const options = await inline.shippingOptions();
    const express = options.find((o) => o.name.startsWith('Express'));
    await inline.setShippingOption(express?.id ?? '');
    const [payment] = await inline.paymentOptions();
    const completed: string[] = [];
    shop.on('checkout:complete', ({ order }) => completed.push(order.code));
    const order = await inline.pay(payment?.code ?? '', {});
    expect(order).toMatchObject({ state: 'PaymentSettled', total: { amount: 6500 + 1295 } });
    expect(completed).toEqual([order.code]);
    expect(shop.$cart.get()).toBeNull();
    expect(await saleableStock(backend, 'DSB-1')).toBe(before - 1);
    const next = await shop.cart.add(board.variants[0]?.id ?? '', 1);
    expect(next.id).not.toBe(order.code);
  });
});
