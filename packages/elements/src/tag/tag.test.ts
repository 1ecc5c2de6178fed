import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../image/image.js';
import './tag.js';
import type { ShopletImage } from '../image/image.component.js';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

/** Whether the page fetched the tags' interaction code (card, activation, arrow keys) so far. */
function tagCodeLoaded(): boolean {
  return performance.getEntriesByType('resource').some((entry) => /\/tag-interaction\b/.test(entry.name));
}
// The dev server serves every module as its own file: keep room for all of them.
performance.setResourceTimingBufferSize(100_000);

describe('<shoplet-tag> interaction code', () => {
  it('starts loading when the pointer reaches the image, before it reaches a hotspot', async () => {
    const { shop } = testShop();
    const el =
      await fixture<ShopletImage>(html`<shoplet-image .client=${shop} src=${PIXEL} alt="Look" aspect-ratio="1/1" style="width: 300px">
      <shoplet-tag .client=${shop} product="mug" x="0.8" y="0.2"></shoplet-tag>
    </shoplet-image>`);
    await until(() => el.shadowRoot!.querySelector('[part="list-item"]'), 'the list');
    await new Promise((r) => setTimeout(r, 100));
    expect(tagCodeLoaded(), 'tag code before any interaction').to.equal(false);
    const box = el.mediaRect()!;
    try {
      await sendMouse({ type: 'move', position: [Math.round(box.x + 10), Math.round(box.bottom - 10)] });
    } finally {
      await resetMouse();
    }
    await until(() => tagCodeLoaded(), 'the tag code');
    expect(el.querySelector('shoplet-tag')!.shadowRoot!.querySelector('[part="card"]'), 'no card').to.equal(null);
  });
});
