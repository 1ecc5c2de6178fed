import { expect, fixture, html } from '@open-wc/testing';
import { createShoplet } from '@shoplet/core';
import { memoryAdapter, memoryStorage } from '@shoplet/core/testing';
import './cart-button.js';
import { until } from '../test-utils/wait.js';
import type { ShopletCartButton } from './cart-button.component.js';

/** Whether the page fetched the code a press runs so far. */
function openCodeLoaded(): boolean {
  return performance.getEntriesByType('resource').some((entry) => /\/open-cart\b/.test(entry.name));
}
// The dev server serves every module as its own file: keep room for all of them.
performance.setResourceTimingBufferSize(100_000);

describe('<shoplet-cart-button> press code', () => {
  it('starts loading when focus reaches the button, before the press', async () => {
    const shop = createShoplet({ adapter: memoryAdapter({ products: [] }), storage: memoryStorage(), syncTabs: false });
    const el = await fixture<ShopletCartButton>(html`<shoplet-cart-button .client=${shop}></shoplet-cart-button>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(openCodeLoaded(), 'press code before any interaction').to.equal(false);
    el.shadowRoot!.querySelector('button')!.focus();
    await until(() => openCodeLoaded(), 'the press code');
    expect(shop.$cartOpen.get(), 'not opened').to.equal(false);
  });
});
