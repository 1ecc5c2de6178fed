import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../product/product.js';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';

/** Whether the page fetched the add-to-cart code so far. */
function addCodeLoaded(): boolean {
  return performance.getEntriesByType('resource').some((entry) => /\/purchase-add\b/.test(entry.name));
}
// The dev server serves every module as its own file: keep room for all of them.
performance.setResourceTimingBufferSize(100_000);

describe('PurchaseController', () => {
  it('loads the add code when the pointer reaches the add button, before the press', async () => {
    const { shop } = testShop();
    const el = await fixture(html`<shoplet-product .client=${shop} product="mug"></shoplet-product>`);
    const add = await until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('.add'), 'the add button');
    await new Promise((r) => setTimeout(r, 100));
    expect(addCodeLoaded(), 'add code before any interaction').to.equal(false);
    add.scrollIntoView({ block: 'center' });
    const box = add.getBoundingClientRect();
    try {
      await sendMouse({
        type: 'move',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
    } finally {
      await resetMouse();
    }
    await until(() => addCodeLoaded(), 'the add code');
    expect(shop.$cart.get()?.totalQuantity ?? 0, 'nothing added').to.equal(0);
  });
});
