import { type Cart, isShopletError } from '@shoplet/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  shopify,
  THEME_CART_CHANGED_EVENT,
  THEME_CART_REFRESH_EVENT,
  THEME_CART_UPDATE_EVENT,
  type ThemeCartChangedDetail,
} from '../src/index.js';
import { DOMAIN, TOKEN } from './fake-storefront.js';
import { FakeThemeCart, THEME_ORIGIN } from './fake-theme-cart.js';
import { makeSfProduct, makeSfVariant } from './fixtures.js';
import { started } from './helpers.js';

const shirt = makeSfVariant({ price: { amount: '59.0', currencyCode: 'GBP' }, quantityAvailable: 5 });
const tote = makeSfVariant({
  title: 'Default Title',
  price: { amount: '12.5', currencyCode: 'GBP' },
  quantityAvailable: 50,
});
const products = [
  makeSfProduct({ handle: 'linen-shirt', title: 'Linen shirt', variants: { nodes: [shirt] } }),
  makeSfProduct({ handle: 'canvas-tote', title: 'Canvas tote', variants: { nodes: [tote] } }),
];

let fake = new FakeThemeCart(products);
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A page's `document` and `window`, reduced to what the theme cart mode uses: event targets. */
function page() {
  fake = new FakeThemeCart(products);
  server.use(...fake.handlers());
  const document = Object.assign(new EventTarget(), { visibilityState: 'visible' });
  const window = new EventTarget();
  const seen: { type: string; detail: unknown }[] = [];
  for (const type of [THEME_CART_CHANGED_EVENT, THEME_CART_UPDATE_EVENT]) {
    document.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  }
  const adapter = started(
    shopify({
      domain: DOMAIN,
      token: TOKEN,
      cart: 'theme',
      theme: { root: `${THEME_ORIGIN}/`, eventTarget: document, focusTarget: window },
    }),
  );
  return { adapter, document, window, seen };
}

/** Resolves with the next cart `watchCart` reports. */
function nextChange(adapter: ReturnType<typeof page>['adapter']): { cart: Promise<Cart | null>; stop: () => void } {
  let stop = () => {};
  const cart = new Promise<Cart | null>((resolve) => {
    stop = adapter.watchCart!(resolve);
  });
  return { cart, stop: () => stop() };
}

describe('theme cart mode (AJAX Cart API)', () => {
  it('adds through /cart/add.js with numeric variant ids and maps the theme cart back to global ids', async () => {
    const { adapter } = page();
    const cart = await adapter.addLines('', [{ variantId: shirt.id, quantity: 2 }]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /cart/add.js', 'GET /cart.js']);
    expect(fake.requests[0]!.body).toEqual({ items: [{ id: Number(shirt.id.split('/').pop()), quantity: 2 }] });
    expect(fake.requests.every((r) => r.credentials === 'same-origin')).toBe(true);
    expect(cart).toMatchObject({
      id: fake.token,
      totalQuantity: 2,
      subtotal: { amount: 11800, currencyCode: 'GBP' },
      checkoutUrl: `${THEME_ORIGIN}/checkout`,
    });
    expect(cart.lines[0]).toMatchObject({
      variantId: shirt.id,
      productHandle: 'linen-shirt',
      unitPrice: { amount: 5900, currencyCode: 'GBP' },
      total: { amount: 11800, currencyCode: 'GBP' },
    });
  });

  it('changes one line with /cart/change.js and several with /cart/update.js, by line key', async () => {
    const { adapter } = page();
    let cart = await adapter.addLines('', [
      { variantId: shirt.id, quantity: 1 },
      { variantId: tote.id, quantity: 1 },
    ]);
    const [shirtLine, toteLine] = cart.lines;
    cart = await adapter.updateLines(cart.id, [{ id: shirtLine!.id, quantity: 3 }]);
    expect(fake.requests.at(-1)).toMatchObject({ path: '/cart/change.js', body: { id: shirtLine!.id, quantity: 3 } });
    expect(cart.totalQuantity).toBe(4);
    cart = await adapter.updateLines(cart.id, [
      { id: shirtLine!.id, quantity: 1 },
      { id: toteLine!.id, quantity: 2 },
    ]);
    expect(fake.requests.at(-1)).toMatchObject({
      path: '/cart/update.js',
      body: { updates: { [shirtLine!.id]: 1, [toteLine!.id]: 2 } },
    });
    cart = await adapter.removeLines(cart.id, [toteLine!.id]);
    expect(cart.lines.map((l) => l.variantId)).toEqual([shirt.id]);
  });

  it('applies discount codes and attributes through /cart/update.js', async () => {
    const { adapter } = page();
    await adapter.addLines('', [{ variantId: tote.id, quantity: 2 }]);
    let cart = await adapter.applyDiscount('', ['SUMMER10']);
    expect(fake.requests.at(-1)!.body).toEqual({ discount: 'SUMMER10' });
    expect(cart.discountCodes).toEqual([{ code: 'SUMMER10', applicable: true }]);
    expect(cart.total.amount).toBe(2500 - 250);
    cart = await adapter.setAttributes('', { _ref: 'ana' });
    expect(cart.attributes).toEqual({ _ref: 'ana' });
  });

  it('reads the session cart whatever id it is given, and hands checkout to /checkout', async () => {
    const { adapter } = page();
    fake.themeAdds(tote.id, 1);
    const cart = await adapter.getCart('some-old-id');
    expect(cart?.lines[0]?.variantId).toBe(tote.id);
    expect(await adapter.checkout(cart!.id)).toEqual({
      kind: 'redirect',
      url: `${THEME_ORIGIN}/checkout`,
      provider: 'Shopify',
    });
  });

  it('keeps the AJAX API error words: out_of_stock, not_found, invalid_input', async () => {
    const { adapter } = page();
    const tooMany = await adapter.addLines('', [{ variantId: shirt.id, quantity: 9 }]).catch((e: unknown) => e);
    expect(isShopletError(tooMany, 'out_of_stock')).toBe(true);
    expect((tooMany as Error).message).toBe("You can't add more Linen shirt - M / Sand to the cart.");
    const unknown = await adapter
      .addLines('', [{ variantId: 'gid://shopify/ProductVariant/1', quantity: 1 }])
      .catch((e: unknown) => e);
    expect(isShopletError(unknown, 'not_found')).toBe(true);
    expect((unknown as Error).message).toBe('Cannot find variant');
    const badLine = await adapter.updateLines('', [{ id: 'no-such-key', quantity: 1 }]).catch((e: unknown) => e);
    expect(badLine).toMatchObject({ code: 'invalid_input', message: 'no valid id or line parameter', status: 400 });
  });

  it('announces each change on the document: shoplet:theme-cart-changed and the theme convention cart:update', async () => {
    const { adapter, seen } = page();
    const cart = await adapter.addLines('', [{ variantId: shirt.id, quantity: 1 }]);
    expect(seen.map((s) => s.type)).toEqual([THEME_CART_CHANGED_EVENT, THEME_CART_UPDATE_EVENT]);
    const detail = seen[0]!.detail as ThemeCartChangedDetail;
    expect(detail.action).toBe('add');
    expect(detail.cart).toEqual(cart);
    expect(detail.themeCart.item_count).toBe(1);
    expect(seen[1]!.detail).toEqual({
      resource: detail.themeCart,
      sourceId: 'shoplet',
      data: { source: 'shoplet', itemCount: 1 },
    });
  });

  it('re-reads the cart when the tab becomes visible again and reports what the theme changed', async () => {
    const { adapter, document } = page();
    await adapter.getCart('');
    const change = nextChange(adapter);
    fake.themeAdds(tote.id, 2);
    document.dispatchEvent(new Event('visibilitychange'));
    const cart = await change.cart;
    change.stop();
    expect(cart?.lines.map((l) => [l.variantId, l.quantity])).toEqual([[tote.id, 2]]);
  });

  it('re-reads on window focus, on the theme cart:update event and on shoplet:theme-cart-refresh', async () => {
    const { adapter, document, window } = page();
    await adapter.getCart('');
    const triggers: [EventTarget, Event][] = [
      [window, new Event('focus')],
      [document, new CustomEvent(THEME_CART_UPDATE_EVENT, { detail: { data: { source: 'product-form-component' } } })],
      [document, new Event(THEME_CART_REFRESH_EVENT)],
    ];
    for (const [target, event] of triggers) {
      const change = nextChange(adapter);
      fake.themeAdds(tote.id, 1);
      target.dispatchEvent(event);
      expect((await change.cart)?.totalQuantity).toBe(fake.cart().item_count);
      change.stop();
    }
  });

  it('waits for a standard shopify:cart:lines-update event to settle before re-reading', async () => {
    const { adapter, document } = page();
    await adapter.getCart('');
    const change = nextChange(adapter);
    let settle = () => {};
    const event = Object.assign(new Event('shopify:cart:lines-update'), {
      promise: new Promise<void>((resolve) => {
        settle = resolve;
      }),
    });
    document.dispatchEvent(event);
    fake.themeAdds(shirt.id, 1); // the theme's own request completes...
    settle(); // ...then its promise resolves
    expect((await change.cart)?.lines[0]?.variantId).toBe(shirt.id);
    change.stop();
  });

  it('ignores its own cart:update events and stays quiet when nothing changed', async () => {
    const { adapter, document } = page();
    await adapter.addLines('', [{ variantId: tote.id, quantity: 1 }]);
    const reports: (Cart | null)[] = [];
    const stop = adapter.watchCart!((c) => reports.push(c));
    const before = fake.requests.length;
    document.dispatchEvent(new CustomEvent(THEME_CART_UPDATE_EVENT, { detail: { data: { source: 'shoplet' } } }));
    expect(fake.requests.length).toBe(before);
    // Nothing changed: a focus re-read reports nothing. A later real change is reported once.
    document.dispatchEvent(new Event('visibilitychange'));
    const change = nextChange(adapter);
    fake.themeAdds(shirt.id, 1);
    document.dispatchEvent(new Event(THEME_CART_REFRESH_EVENT));
    await change.cart;
    change.stop();
    stop();
    expect(reports).toHaveLength(1);
  });

  it('reports the theme cart as soon as it is watched, so items the theme holds show at once', async () => {
    const { adapter } = page();
    fake.themeAdds(shirt.id, 1);
    const change = nextChange(adapter);
    expect((await change.cart)?.lines[0]?.variantId).toBe(shirt.id);
    change.stop();
  });

  it('stops listening after unsubscribe', async () => {
    const { adapter, document } = page();
    adapter.watchCart!(() => {})();
    await adapter.getCart(''); // lets the read that watching starts with finish
    const afterWatch = fake.requests.length;
    fake.themeAdds(shirt.id, 1);
    document.dispatchEvent(new Event(THEME_CART_REFRESH_EVENT));
    document.dispatchEvent(new Event('visibilitychange'));
    await adapter.getCart(''); // a request after the events: any re-read they caused would come first
    expect(fake.requests.length).toBe(afterWatch + 1);
  });
});
