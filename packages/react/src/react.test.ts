// Server rendering in Node (no DOM): the package imports without touching `customElements`, the
// components render their tags, and the hooks read the client's current state.
import { createShoplet, type ProductRef } from '@shoplet/core';
import { makeProduct, memoryAdapter, memoryStorage, money } from '@shoplet/core/testing';
import { setDefaultClient } from '@shoplet/elements';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { Product, ShopletProvider, useCart, useCartStatus, useProduct, useShoplet } from './index.js';

function testShop(locale = 'en-GB') {
  const mug = makeProduct({ handle: 'mug', title: 'Stoneware mug', price: money(1800) });
  return createShoplet({
    adapter: memoryAdapter({ products: [mug] }),
    storage: memoryStorage(),
    syncTabs: false,
    locale,
  });
}

function ClientLocale() {
  return h('i', null, useShoplet()?.locale ?? 'no shop');
}

function CartCount() {
  const cart = useCart();
  return h('span', null, `${cart?.totalQuantity ?? 0} in cart, ${useCartStatus()}`);
}

function Title({ product }: { product: ProductRef }) {
  const state = useProduct(product);
  return h('h2', null, state?.status === 'ready' ? state.product.title : (state?.status ?? 'no shop'));
}

describe('@shoplet/react on the server', () => {
  afterEach(() => setDefaultClient(undefined));

  it('imports and renders without a DOM', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    const html = renderToString(h(Product, { product: 'mug', layout: 'row' }));
    expect(html).toContain('<shoplet-product');
  });

  it('renders the cart and a loaded product of the provided client', async () => {
    const shop = testShop();
    const mug = await shop.products.get('mug');
    const variant = mug.variants[0];
    if (!variant) throw new Error('the mug has a variant');
    await shop.cart.add(variant.id, 2);
    // As on a page where the product is shown already: its store is followed and loaded.
    const stop = shop.products.store('mug').listen(() => {});
    await shop.products.get('mug');
    const html = renderToString(
      h(
        ShopletProvider,
        { client: shop },
        h(CartCount),
        h(Title, { product: 'mug' }),
        h(Title, { product: { id: mug.id } }),
      ),
    );
    expect(html).toContain('2 in cart, idle');
    stop();
    // The product followed by the page is ready; the one only the server asks for is loading.
    expect(html).toContain('<h2>Stoneware mug</h2><h2>loading</h2>');
  });

  it('falls back to the page default client, and renders an empty cart without any client', () => {
    expect(renderToString(h(CartCount))).toContain('0 in cart');
    expect(renderToString(h(Title, { product: 'mug' }))).toContain('no shop');
    setDefaultClient(testShop('de-DE'));
    expect(renderToString(h(ClientLocale))).toContain('de-DE');
    expect(renderToString(h(ShopletProvider, { client: testShop('pl-PL') }, h(ClientLocale)))).toContain('pl-PL');
  });
});
