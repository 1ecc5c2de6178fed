// Server rendering in Node: the plugin lets templates keep `shoplet-*` tags, and the composables
// read the provided (or the page's default) client.
import { createShoplet } from '@shoplet/core';
import { makeProduct, memoryAdapter, memoryStorage, money } from '@shoplet/core/testing';
import { setDefaultClient } from '@shoplet/elements';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { ShopletPlugin, useCart, useCartStatus, useProduct, useShoplet } from './index.js';

function testShop(locale = 'en-GB') {
  const mug = makeProduct({ handle: 'mug', title: 'Stoneware mug', price: money(1800) });
  return createShoplet({
    adapter: memoryAdapter({ products: [mug] }),
    storage: memoryStorage(),
    syncTabs: false,
    locale,
  });
}

const CartCount = defineComponent({
  setup() {
    const cart = useCart();
    const status = useCartStatus();
    return () => h('span', `${cart.value?.totalQuantity ?? 0} in cart, ${status.value}`);
  },
});

const Title = defineComponent({
  setup() {
    const state = useProduct('mug');
    return () =>
      h('h2', state.value?.status === 'ready' ? state.value.product.title : (state.value?.status ?? 'no shop'));
  },
});

const ClientLocale = defineComponent({
  setup: () => () => h('i', useShoplet()?.locale ?? 'no shop'),
});

describe('@shoplet/vue', () => {
  afterEach(() => setDefaultClient(undefined));

  it('keeps shoplet-* tags in runtime-compiled templates as custom elements', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const app = createSSRApp({ template: '<shoplet-product product="mug" layout="row"></shoplet-product>' });
    app.use(ShopletPlugin);
    expect(app.config.compilerOptions.isCustomElement?.('shoplet-cart')).toBe(true);
    expect(app.config.compilerOptions.isCustomElement?.('my-widget')).toBe(false);
    expect(await renderToString(app)).toBe('<shoplet-product product="mug" layout="row"></shoplet-product>');
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/Failed to resolve component/);
    warn.mockRestore();
  });

  it("renders the provided client's cart and products", async () => {
    const shop = testShop();
    const mug = await shop.products.get('mug');
    await shop.cart.add(mug.variants[0]?.id ?? '', 3);
    // As on a page where the product is shown already: its store is followed and loaded.
    const stop = shop.products.store('mug').listen(() => {});
    await shop.products.get('mug');
    const app = createSSRApp({ render: () => [h(CartCount), h(Title)] });
    app.use(ShopletPlugin, { client: shop });
    const html = await renderToString(app);
    expect(html).toContain('3 in cart, idle');
    stop();
    expect(html).toContain('<h2>Stoneware mug</h2>');
  });

  it('falls back to the page default client', async () => {
    expect(await renderToString(createSSRApp(ClientLocale))).toBe('<i>no shop</i>');
    setDefaultClient(testShop('de-DE'));
    expect(await renderToString(createSSRApp(ClientLocale))).toBe('<i>de-DE</i>');
  });
});
