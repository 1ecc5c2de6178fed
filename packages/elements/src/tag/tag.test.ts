import { fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../image/image.js';
import './tag.js';
import type { ShopletImage } from '../image/image.component.js';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

describe('<shoplet-tag>', () => {
  it('shows its card when the pointer reaches the hotspot straight from outside the image', async () => {
    const { shop } = testShop();
    const el =
      await fixture<ShopletImage>(html`<shoplet-image .client=${shop} src=${PIXEL} alt="Look" aspect-ratio="1/1" style="width: 300px">
      <shoplet-tag .client=${shop} product="mug" x="0.8" y="0.2"></shoplet-tag>
    </shoplet-image>`);
    await until(() => el.shadowRoot!.querySelector('[part="list-item"]'), 'the list');
    const tag = el.querySelector('shoplet-tag')!;
    const box = tag.shadowRoot!.querySelector('[part="hotspot"]')!.getBoundingClientRect();
    try {
      await sendMouse({
        type: 'move',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
      await until(() => tag.shadowRoot!.querySelector('[part="card"]'), 'the card');
    } finally {
      await resetMouse();
    }
  });
});
