// The example page's offline mode runs on this catalog; keep it working through the real adapter.
import { createShoplet, memoryStorage } from '@shoplet/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { shopify } from '../src/index.js';
import { demoCatalog } from './demo-catalog.js';
import { DOMAIN, FakeStorefront, TOKEN } from './fake-storefront.js';
import { storefrontSchema } from './schema.js';

const server = setupServer(
  ...new FakeStorefront(storefrontSchema, demoCatalog('/examples/media/products/')).handlers(),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('serves the demo catalog in two markets and checks out', async () => {
  const shop = createShoplet({
    adapter: shopify({ domain: DOMAIN, token: TOKEN }),
    country: 'GB',
    locale: 'en-GB',
    storage: memoryStorage(),
    fetch: (input, init) => fetch(input, init),
    syncTabs: false,
  });
  const handles = ['sandbar-linen-shirt', 'cove-canvas-tote', 'harbour-stoneware-mug'];
  const products = await Promise.all(handles.map((h) => shop.products.get(h)));
  expect(products.map((p) => p.images[0]?.url)).toEqual(handles.map((h) => `/examples/media/products/${h}.jpg`));
  const shirtL = products[0]!.variants.find((v) => v.title === 'L')!;
  expect(shirtL.availableForSale).toBe(false);
  await shop.cart.add(products[1]!.variants[0]!.id, 2);
  expect(shop.format(shop.$cart.get()!.total)).toBe('£49.00');
  await shop.setCountry('DE');
  expect(shop.$cart.get()!.total).toEqual({ amount: 5780, currencyCode: 'EUR' });
  expect((await shop.checkout.start()).kind).toBe('redirect');
});
