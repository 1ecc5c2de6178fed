import { type Address, type InlineCheckout, memoryStorage, type Product, type ShopletAdapter } from '@shoplet/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, inSession, saleableStock, startBackend } from './backend.js';

let backend: Awaited<ReturnType<typeof startBackend>>;
let candle: Product;

const address: Address = {
  fullName: 'Ana Silva',
  streetLine1: '1 High Street',
  city: 'London',
  postalCode: 'N1 1AA',
  countryCode: 'gb',
};

beforeAll(async () => {
  backend = await startBackend(3203);
  [candle] = (await connect(backend.shopApi).getProducts(['ember-soy-candle'])) as [Product];
});
afterAll(async () => {
  await backend?.cleanup();
});

function candleVariant(sku: string): string {
  return candle.variants.find((v) => v.sku === sku)?.id ?? '';
}

async function cartWithCandle(quantity = 2) {
  const storage = memoryStorage();
  const adapter = connect(backend.shopApi, storage);
  const cart = await adapter.createCart({ lines: [{ variantId: candleVariant('ESC-400'), quantity }] });
  return { adapter, cart, storage, inline: adapter.inline as InlineCheckout };
}

async function readyToPay(adapter: ShopletAdapter, cartId: string) {
  const inline = adapter.inline as InlineCheckout;
  await inline.setContact(cartId, { email: 'ana@example.com' });
  await inline.setShippingAddress(cartId, address);
  const [standard] = await inline.shippingOptions(cartId);
  return inline.setShippingOption(cartId, standard?.id ?? '');
}

describe('inline checkout', () => {
  it('hands off inline to Vendure', async () => {
    const { adapter, cart } = await cartWithCandle();
    expect(await adapter.checkout(cart.id)).toEqual({ kind: 'inline', provider: 'Vendure' });
    expect(adapter.capabilities).toMatchObject({ inlineCheckout: true, checkoutProvider: 'Vendure' });
  });

  it('offers the shipping methods with prices and delivery windows, and the no-card demo payment', async () => {
    const { adapter, cart, inline } = await cartWithCandle();
    await inline.setContact(cart.id, { email: 'ana@example.com', firstName: 'Ana', lastName: 'Silva' });
    await inline.setShippingAddress(cart.id, address);
    const shipping = await inline.shippingOptions(cart.id);
    expect(shipping.map(({ id: _id, ...rest }) => rest)).toEqual([
      {
        name: 'Standard delivery',
        description: '2–4 work days',
        price: { amount: 495, currencyCode: 'USD' },
        minDays: 2,
        maxDays: 4,
      },
      {
        name: 'Express delivery',
        description: 'Next work day',
        price: { amount: 1295, currencyCode: 'USD' },
        minDays: 1,
        maxDays: 1,
      },
    ]);
    const payments = await inline.paymentOptions(cart.id);
    expect(payments).toEqual([
      expect.objectContaining({ code: 'demo-payment', kind: 'no-card', name: expect.stringMatching(/test/i) }),
    ]);
    expect(await adapter.deliveryPolicy?.()).toMatchObject({ transit: { '*': [2, 4] }, workDays: [1, 2, 3, 4, 5] });
  });

  it('places a paid order, decrements stock, and ends the active order', async () => {
    const before = await saleableStock(backend, 'ESC-400');
    const { adapter, cart, inline, storage } = await cartWithCandle(2);
    const withShipping = await readyToPay(adapter, cart.id);
    expect(withShipping.total.amount).toBe(2 * 3600 + 495);
    // Only an email was given: the guest's name comes from the shipping address.
    expect(
      await inSession(backend.shopApi, storage, '{ activeOrder { customer { firstName lastName emailAddress } } }'),
    ).toEqual({
      data: { activeOrder: { customer: { firstName: 'Ana', lastName: 'Silva', emailAddress: 'ana@example.com' } } },
    });
    const order = await inline.pay(cart.id, 'demo-payment', {});
    expect(order).toMatchObject({
      code: cart.id,
      state: 'PaymentSettled',
      total: { amount: 2 * 3600 + 495, currencyCode: 'USD' },
      shipping: { amount: 495, currencyCode: 'USD' },
    });
    expect(order.lines.map((l) => [l.productHandle, l.quantity])).toEqual([['ember-soy-candle', 2]]);
    expect(await saleableStock(backend, 'ESC-400')).toBe(before - 2);
    expect(await adapter.getCart(cart.id)).toBeNull();
    // The next add starts a new order in the same session.
    const next = await adapter.addLines(cart.id, [{ variantId: candleVariant('ESC-200'), quantity: 1 }]);
    expect(next.id).not.toBe(cart.id);
  });

  it('keeps a WELCOME10 discount through to the paid order', async () => {
    const { adapter, cart, inline } = await cartWithCandle(1);
    await adapter.applyDiscount(cart.id, ['WELCOME10']);
    await readyToPay(adapter, cart.id);
    const order = await inline.pay(cart.id, 'demo-payment');
    expect(order.total.amount).toBe(3240 + 495);
  });

  it('lets the shopper change the cart after the order reached the payment step', async () => {
    const { adapter, cart, inline, storage } = await cartWithCandle(1);
    await readyToPay(adapter, cart.id);
    await expect(inline.pay(cart.id, 'no-such-method')).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'paymentMethod',
    });
    // As a payment that failed or was abandoned leaves it: waiting for payment, closed to changes.
    const moved = await inSession(
      backend.shopApi,
      storage,
      'mutation { transitionOrderToState(state: "ArrangingPayment") { ... on Order { state } } }',
    );
    expect(moved).toMatchObject({ data: { transitionOrderToState: { state: 'ArrangingPayment' } } });
    const line = cart.lines[0]?.id ?? '';
    const changed = await adapter.updateLines(cart.id, [{ id: line, quantity: 3 }]);
    expect(changed.totalQuantity).toBe(3);
    const order = await inline.pay(cart.id, 'demo-payment');
    expect(order.lines[0]?.quantity).toBe(3);
  });

  it('asks for a shipping method before payment, with the server reason', async () => {
    const { cart, inline } = await cartWithCandle(1);
    await inline.setContact(cart.id, { email: 'ana@example.com' });
    await inline.setShippingAddress(cart.id, address);
    const error = await inline.pay(cart.id, 'demo-payment').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'backend' });
    expect((error as Error).message).toMatch(/ShippingMethod|shipping/i);
  });

  it('validates contact and address fields before sending them', async () => {
    const { cart, inline } = await cartWithCandle(1);
    await expect(inline.setContact(cart.id, { email: 'not-an-email' })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'email',
    });
    await expect(inline.setShippingAddress(cart.id, { ...address, postalCode: ' ' })).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'address.postalCode',
    });
    await expect(inline.setShippingOption(cart.id, '')).rejects.toMatchObject({ field: 'shippingOption' });
  });

  it('refuses an ineligible shipping method id', async () => {
    const { cart, inline } = await cartWithCandle(1);
    await inline.setShippingAddress(cart.id, address);
    await expect(inline.setShippingOption(cart.id, '99999')).rejects.toMatchObject({ name: 'ShopletError' });
  });

  it('has nothing to pay once the session has no order', async () => {
    const adapter = connect(backend.shopApi, memoryStorage());
    await expect((adapter.inline as InlineCheckout).pay('X', 'demo-payment')).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
