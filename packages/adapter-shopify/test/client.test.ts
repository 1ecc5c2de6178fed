// The adapter driven by the real headless client (createShoplet), as integrators use it.
import { type Cart, createShoplet, memoryStorage, type StorageLike } from '@shoplet/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { shopify } from '../src/index.js';
import { DOMAIN, FakeStorefront, TOKEN } from './fake-storefront.js';
import { FakeThemeCart, THEME_ORIGIN } from './fake-theme-cart.js';
import { makeSfProduct, makeSfVariant } from './fixtures.js';
import { storefrontSchema } from './schema.js';

const shirt = makeSfVariant({
  price: { amount: '59.0', currencyCode: 'GBP' },
  quantityAvailable: 50,
  marketPrices: { DE: { amount: '69.95', currencyCode: 'EUR' } },
});
const tote = makeSfVariant({
  title: 'Default Title',
  price: { amount: '12.5', currencyCode: 'GBP' },
  quantityAvailable: 50,
});
const products = [
  makeSfProduct({ handle: 'linen-shirt', title: 'Linen shirt', variants: { nodes: [shirt] } }),
  makeSfProduct({ handle: 'canvas-tote', title: 'Canvas tote', variants: { nodes: [tote] } }),
];
const fake = new FakeStorefront(storefrontSchema, products);
const theme = new FakeThemeCart(products);
const server = setupServer(...fake.handlers(), ...theme.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  fake.requests = [];
  server.resetHandlers();
});
afterAll(() => server.close());

const fetchViaMsw: typeof fetch = (input, init) => fetch(input, init);

function client(storage: StorageLike = memoryStorage(), country = 'GB') {
  return createShoplet({
    adapter: shopify({ domain: DOMAIN, token: TOKEN }),
    locale: 'en-GB',
    country,
    storage,
    fetch: fetchViaMsw,
    syncTabs: false,
  });
}

describe('with createShoplet', () => {
  it('sends the handles asked for in one tick as one request', async () => {
    const shop = client();
    const [a, b, c] = await Promise.all([
      shop.products.get('linen-shirt'),
      shop.products.get('canvas-tote'),
      shop.products.get({ id: products[0]!.id }),
    ]);
    expect([a.handle, b.handle, c.handle]).toEqual(['linen-shirt', 'canvas-tote', 'linen-shirt']);
    expect(fake.requests.map((r) => r.operationName)).toEqual(['ShopletProducts']);
  });

  it('recreates a cart that expired on Shopify with its lines', async () => {
    const storage = memoryStorage();
    const first = client(storage);
    await first.cart.add(shirt.id, 2);
    await first.cart.add(tote.id, 1);
    const expired = first.$cart.get()!;
    fake.expire(expired.id);

    const next = client(storage); // the shopper comes back later
    const restored = (await next.cart.ready) as Cart;
    expect(restored.id).not.toBe(expired.id);
    expect(restored.lines.map((l) => [l.variantId, l.quantity])).toEqual([
      [shirt.id, 2],
      [tote.id, 1],
    ]);
    expect(fake.carts.has(restored.id)).toBe(true);
    expect(fake.requests.slice(-2).map((r) => r.operationName)).toEqual(['ShopletCart', 'ShopletCartCreate']);
  });

  it('moves the cart and the product prices to another market on setCountry', async () => {
    const shop = client();
    await shop.cart.add(shirt.id, 1);
    expect(shop.$cart.get()?.total).toEqual({ amount: 5900, currencyCode: 'GBP' });
    await shop.setCountry('DE');
    expect(shop.$cart.get()?.total).toEqual({ amount: 6995, currencyCode: 'EUR' });
    expect(fake.requests.some((r) => r.operationName === 'ShopletCartBuyerIdentityUpdate')).toBe(true);
    const product = await shop.products.get('linen-shirt');
    expect(product.variants[0]?.price).toEqual({ amount: 6995, currencyCode: 'EUR' });
    expect(fake.requests.at(-1)!.inContext.country).toBe('DE');
  });

  it('checks out to the Storefront cart checkoutUrl', async () => {
    const shop = client();
    await shop.cart.add(tote.id, 1);
    const handoff = await shop.checkout.start();
    expect(handoff).toEqual({ kind: 'redirect', url: shop.$cart.get()!.checkoutUrl, provider: 'Shopify' });
  });

  it('shows what the theme cart already holds as soon as the cart is watched (theme mode)', async () => {
    const fresh = new FakeThemeCart(products);
    server.use(...fresh.handlers());
    fresh.themeAdds(shirt.id, 2);
    const shop = createShoplet({
      adapter: shopify({
        domain: DOMAIN,
        token: TOKEN,
        cart: 'theme',
        theme: { root: `${THEME_ORIGIN}/`, eventTarget: new EventTarget(), focusTarget: new EventTarget() },
      }),
      storage: memoryStorage(),
      fetch: fetchViaMsw,
      syncTabs: false,
    });
    const cart = await new Promise<Cart>((resolve) => {
      const off = shop.$cart.subscribe((c) => {
        if (c) {
          queueMicrotask(() => off());
          resolve(c);
        }
      });
    });
    expect(cart.lines.map((l) => [l.variantId, l.quantity])).toEqual([[shirt.id, 2]]);
  });

  it('shows items the theme added in the client cart (theme mode, watchCart)', async () => {
    const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const shop = createShoplet({
      adapter: shopify({
        domain: DOMAIN,
        token: TOKEN,
        cart: 'theme',
        theme: { root: `${THEME_ORIGIN}/`, eventTarget: document, focusTarget: new EventTarget() },
      }),
      storage: memoryStorage(),
      fetch: fetchViaMsw,
      syncTabs: false,
    });
    const seen: (Cart | null)[] = [];
    const stop = shop.$cart.listen((c) => seen.push(c));
    await shop.cart.add(shirt.id, 1);
    const changed = new Promise<void>((resolve) => {
      const off = shop.$cart.listen((c) => {
        if (c?.lines.some((l) => l.variantId === tote.id)) {
          off();
          resolve();
        }
      });
    });
    theme.themeAdds(tote.id, 2);
    document.dispatchEvent(new Event('visibilitychange'));
    await changed;
    stop();
    expect(shop.$cart.get()?.totalQuantity).toBe(3);
    expect(await shop.checkout.start()).toEqual({
      kind: 'redirect',
      url: `${THEME_ORIGIN}/checkout`,
      provider: 'Shopify',
    });
  });
});
