// The money path under faults, on a real Vendure server behind a fault-injecting proxy: whatever
// the network does, the cart the client shows equals the server's order, and no shopper pays twice.
import {
  type CrossTabLock,
  createShoplet,
  isOutcomeUnknown,
  memoryStorage,
  type Shoplet,
  type StorageLike,
} from '@shoplet/core';
import { type FaultProxy, type FaultRule, startFaultProxy } from '@shoplet/demo-backend';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { vendure } from '../src/index.js';
import { adminQuery, startBackend } from './backend.js';

let backend: Awaited<ReturnType<typeof startBackend>>;
let proxy: FaultProxy;
const clients: Shoplet[] = [];

beforeAll(async () => {
  backend = await startBackend(3205);
  proxy = await startFaultProxy(backend.url);
});
afterEach(() => proxy.clear());
afterAll(async () => {
  for (const shop of clients) shop.destroy();
  await proxy?.stop();
  await backend?.cleanup();
});

/** A client through the proxy; `timeoutMs` short so stalls cross it quickly. */
function client(storage: StorageLike = memoryStorage(), lock?: CrossTabLock): Shoplet {
  const shop = createShoplet({
    ...(lock && { lock }),
    adapter: vendure({ shopApi: `${proxy.url}/shop-api` }),
    storage,
    locale: 'en-US',
    retries: 1,
    timeoutMs: 1500,
  });
  clients.push(shop);
  return shop;
}

/** The session's order as the server has it (through the proxy's backend, not the client's cache). */
async function serverOrder(shop: Shoplet) {
  const cart = await shop.cart.refresh();
  return cart && { quantity: cart.totalQuantity, total: cart.total.amount };
}

/** Every order Vendure holds for an email, through the Admin API. */
async function ordersOf(email: string): Promise<{ code: string; state: string; totalWithTax: number }[]> {
  type Row = { code: string; state: string; totalWithTax: number; customer: { emailAddress: string } | null };
  const data = await adminQuery<{ orders: { items: Row[] } }>(
    backend,
    '{ orders(options: { take: 1000 }) { items { code state totalWithTax customer { emailAddress } } } }',
  );
  return data.orders.items
    .filter((o) => o.customer?.emailAddress === email)
    .map(({ code, state, totalWithTax }) => ({ code, state, totalWithTax }));
}

const settled = <T extends { state: string }>(orders: T[]) => orders.filter((o) => o.state === 'PaymentSettled');

/** Fills the cart and walks the inline checkout up to the payment step. */
async function readyToPay(shop: Shoplet, email: string) {
  const mug = await shop.products.get('harbour-stoneware-mug');
  await shop.cart.add(mug.variants[0]?.id ?? '', 1);
  await shop.checkout.start();
  const inline = shop.checkout.inline;
  if (!inline) throw new Error('the Vendure adapter offers inline checkout');
  await inline.setContact({ email, firstName: 'Ada', lastName: 'Fault' });
  await inline.setShippingAddress({
    fullName: 'Ada Fault',
    streetLine1: '1 Harbour Row',
    city: 'Bristol',
    postalCode: 'BS1 4RN',
    countryCode: 'GB',
  });
  const [shipping] = await inline.shippingOptions();
  await inline.setShippingOption(shipping?.id ?? '');
  const [payment] = await inline.paymentOptions();
  return { inline, method: payment?.code ?? '' };
}

describe('a payment whose answer is lost', () => {
  const faults: [string, FaultRule['fault']][] = [
    ['HTTP 500 after the payment was taken', { kind: 'error-after-commit' }],
    ['a connection cut after the payment was taken', { kind: 'drop-after-commit' }],
    ['an answer held past the timeout', { kind: 'stall-after-commit', ms: 4000 }],
    ['a payment request delivered twice', { kind: 'duplicate' }],
  ];
  for (const [name, fault] of faults) {
    it(`shows the placed order, never charges twice, never rebuilds the cart: ${name}`, async () => {
      const email = `pay-${fault.kind}@example.com`;
      const storage = memoryStorage();
      const shop = client(storage);
      const { inline, method } = await readyToPay(shop, email);
      proxy.inject({ field: 'addPaymentToOrder', fault, times: 1 });

      const order = await inline.pay(method, {});
      expect(order.state).toBe('PaymentSettled');
      expect(shop.$cart.get()).toBeNull();

      // Paying again (a second press, another tab) reports the same order instead of a new charge.
      const again = await inline.pay(method, {}).catch((error: unknown) => error as Error);
      if (!(again instanceof Error)) expect(again.code).toBe(order.code);

      // A reload does not rebuild a cart from the paid order.
      const reloaded = client(storage);
      expect((await reloaded.cart.ready)?.totalQuantity ?? 0).toBe(0);
      expect(settled(await ordersOf(email))).toHaveLength(1);
    });
  }
});

describe('checkout steps whose answer is lost', () => {
  it('can each be sent again, and the order is paid once with the total the shopper was shown', async () => {
    const email = 'steps-lost@example.com';
    const shop = client();
    const mug = await shop.products.get('harbour-stoneware-mug');
    await shop.cart.add(mug.variants[0]?.id ?? '', 2);
    await shop.checkout.start();
    const inline = shop.checkout.inline;
    if (!inline) throw new Error('the Vendure adapter offers inline checkout');
    /** Runs a step with its answer lost once, then as a shopper pressing Continue again would. */
    const twice = async <T>(field: string, step: () => Promise<T>): Promise<T> => {
      proxy.inject({ field, fault: { kind: 'drop-after-commit' } });
      await expect(step()).rejects.toSatisfy(isOutcomeUnknown);
      return step();
    };
    await twice('setCustomerForOrder', () => inline.setContact({ email, firstName: 'Ada', lastName: 'Fault' }));
    const address = {
      fullName: 'Ada Fault',
      streetLine1: '1 Harbour Row',
      city: 'Bristol',
      postalCode: 'BS1 4RN',
      countryCode: 'GB',
    };
    await twice('setOrderShippingAddress', () => inline.setShippingAddress(address));
    const [shipping] = await inline.shippingOptions();
    const shown = await twice('setOrderShippingMethod', () => inline.setShippingOption(shipping?.id ?? ''));
    const [payment] = await inline.paymentOptions();
    proxy.inject({ field: 'transitionOrderToState', fault: { kind: 'drop-after-commit' } });
    await expect(inline.pay(payment?.code ?? '', {})).rejects.toSatisfy(isOutcomeUnknown);
    const order = await inline.pay(payment?.code ?? '', {});
    expect(order.total).toEqual(shown.total);
    const orders = settled(await ordersOf(email));
    expect(orders).toEqual([{ code: order.code, state: 'PaymentSettled', totalWithTax: shown.total.amount }]);
  });
});

describe('a payment whose outcome cannot be checked', () => {
  it('says it is unknown, and a reload shows the placed order instead of a rebuilt cart', async () => {
    const email = 'pay-unknown@example.com';
    const storage = memoryStorage();
    const shop = client(storage);
    const { inline, method } = await readyToPay(shop, email);
    proxy.inject({ field: 'addPaymentToOrder', fault: { kind: 'drop-after-commit' } });
    proxy.inject({ field: 'orderByCode', fault: { kind: 'drop-before' }, times: 3 });

    const failure = await inline.pay(method, {}).catch((error: unknown) => error);
    expect(isOutcomeUnknown(failure)).toBe(true);
    expect((failure as Error).message).toMatch(/may have gone through/);
    proxy.clear();

    const reloaded = client(storage);
    expect((await reloaded.cart.ready)?.totalQuantity ?? 0).toBe(0);
    const [paid] = settled(await ordersOf(email));
    expect(reloaded.$lastOrder.get()).toMatchObject({ code: paid?.code, state: 'PaymentSettled' });
    expect(settled(await ordersOf(email))).toHaveLength(1);
  });
});

describe('cart changes whose answer is lost', () => {
  it('shows the line the server added after an HTTP 500, and a second press adds nothing twice', async () => {
    const shop = client();
    const tote = await shop.products.get('cove-canvas-tote');
    const variant = tote.variants[0]?.id ?? '';
    await shop.cart.add(variant, 1);
    proxy.inject({ field: 'addItemToOrder', fault: { kind: 'error-after-commit' } });
    const outcome = await shop.cart.add(variant, 1).catch((error: unknown) => error);
    const shown = shop.$cart.get();
    expect(shown?.totalQuantity).toBe((await serverOrder(shop))?.quantity);
    // The add reached the server: the client says so, and shows 2.
    expect(outcome).not.toBeInstanceOf(Error);
    expect(shown?.totalQuantity).toBe(2);
  });

  it('shows the server cart after a cut connection on update, remove and discount', async () => {
    const shop = client();
    const candle = await shop.products.get('ember-soy-candle');
    const cart = await shop.cart.add(candle.variants[0]?.id ?? '', 1);
    const line = cart.lines[0]?.id ?? '';
    for (const [field, change] of [
      ['adjustOrderLine', () => shop.cart.update(line, 3)],
      ['applyCouponCode', () => shop.cart.applyDiscount('WELCOME10')],
      ['removeOrderLine', () => shop.cart.remove(line)],
    ] as const) {
      proxy.inject({ field, fault: { kind: 'drop-after-commit' } });
      await change().catch(() => undefined);
      const server = await serverOrder(shop);
      const shown = shop.$cart.get();
      expect({ field, quantity: shown?.totalQuantity ?? 0, total: shown?.total.amount ?? 0 }).toEqual({
        field,
        quantity: server?.quantity ?? 0,
        total: server?.total ?? 0,
      });
    }
  });

  it('waits out HTTP 429 with Retry-After and then adds', async () => {
    const shop = client();
    const oil = await shop.products.get('juniper-face-oil');
    proxy.inject({ field: 'addItemToOrder', fault: { kind: 'rate-limit', seconds: 1 } });
    const cart = await shop.cart.add(oil.variants[0]?.id ?? '', 1);
    expect(cart.totalQuantity).toBe(1);
    expect((await serverOrder(shop))?.quantity).toBe(1);
  });
});

/** What Web Locks give the tabs of one site, for clients in one process: one holder per name. */
function tabLocks(): CrossTabLock {
  const tails = new Map<string, Promise<unknown>>();
  return (name, task) => {
    const run = (tails.get(name) ?? Promise.resolve()).then(task, task);
    tails.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  };
}

describe('two tabs of a new visitor adding at the same moment', () => {
  it('share one session, so both items end up in one cart', async () => {
    const storage = memoryStorage(); // what two tabs share: localStorage
    const lock = tabLocks();
    const [first, second] = [client(storage, lock), client(storage, lock)];
    const [tote, candle] = await first.products.getMany(['cove-canvas-tote', 'ember-soy-candle']);
    const ids = [tote, candle].map((p) => (p as { variants: { id: string }[] }).variants[0]?.id ?? '');
    await Promise.all([first.cart.add(ids[0] ?? '', 1), second.cart.add(ids[1] ?? '', 1)]);
    const server = await first.cart.refresh();
    expect(server?.lines.map((l) => l.variantId).sort()).toEqual([...ids].sort());
    expect((await second.cart.refresh())?.id).toBe(server?.id);
  });
});
