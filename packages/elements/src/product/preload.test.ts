import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import './product.js';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';

/** Whether the page fetched a module (the add-to-cart code, the sheet opener) so far. */
const fetched = (name: RegExp) => performance.getEntriesByType('resource').some((entry) => name.test(entry.name));
const addCodeLoaded = () => fetched(/\/purchase-add\b/);
const openerLoaded = () => fetched(/\/open-sheet\b/);
// The dev server serves every module as its own file: keep room for all of them.
performance.setResourceTimingBufferSize(100_000);

describe('<shoplet-product> code loaded on use', () => {
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

  it('loads the sheet opener when focus reaches the details button, before the press', async () => {
    const { shop } = testShop();
    const el = await fixture(html`<shoplet-product .client=${shop} product="mug"></shoplet-product>`);
    const details = await until(
      () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="details-button"]'),
      'the details button',
    );
    expect(openerLoaded(), 'sheet opener before any interaction').to.equal(false);
    details.focus();
    await until(() => openerLoaded(), 'the sheet opener');
    expect(document.querySelector('shoplet-sheet'), 'no sheet').to.equal(null);
  });
});
