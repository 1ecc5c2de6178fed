import { expect, fixture, html } from '@open-wc/testing';
import '../post/post.js';
import { setDefaultClient } from '../internal/default-client.js';
import type { ShopletPost } from '../post/post.component.js';
import type { ShopletTag } from '../tag/tag.component.js';
import { expectAccessible } from '../test-utils/axe.js';
import { testBlob } from '../test-utils/media.js';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';

const CLIP = await testBlob('clip.webm');
const CAPTIONS = await testBlob('captions.vtt');
const docUrl = (doc: unknown) => URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));

describe('<shoplet-post> with a video post', () => {
  beforeEach(() => setDefaultClient(testShop().shop));
  afterEach(() => setDefaultClient(undefined));

  it('plays the video with its captions and timed, tracked tags', async () => {
    const doc = {
      version: 1,
      id: 'summer-clip',
      title: 'Summer clip',
      media: {
        type: 'video',
        src: CLIP,
        aspectRatio: '16/9',
        captions: [{ src: CAPTIONS, lang: 'en', label: 'English' }],
      },
      tags: [
        { product: 'linen-shirt', x: 0.2, y: 0.3, start: 1, end: 4 },
        {
          product: 'mug',
          x: 0.1,
          y: 0.2,
          start: 5,
          end: 8,
          track: [
            [5, 0.1, 0.2],
            [8, 0.9, 0.8],
          ],
        },
      ],
      creator: { name: 'Ana' },
    };
    const el = await fixture<ShopletPost>(html`<shoplet-post src=${docUrl(doc)} style="width: 400px"></shoplet-post>`);
    const video = await until(() => el.shadowRoot!.querySelector('shoplet-video'), 'the video');
    // The player's code loads on demand.
    await customElements.whenDefined('shoplet-video');
    await video.updateComplete;
    expect(video.postId).to.equal('summer-clip');
    expect(video.shadowRoot!.querySelector('video')!.getAttribute('aria-label')).to.equal('Summer clip');
    const tags = [...video.querySelectorAll<ShopletTag>('shoplet-tag')];
    expect(tags.map((t) => [t.getAttribute('start'), t.getAttribute('end')])).to.deep.equal([
      ['1', '4'],
      ['5', '8'],
    ]);
    expect(JSON.parse(tags[1]!.getAttribute('track')!)).to.deep.equal(doc.tags[1]!.track);
    await until(() => video.shadowRoot!.querySelector('video track'), 'the captions track');
    await video.seek(6.5);
    await until(
      () => getComputedStyle(tags[1]!).display !== 'none' && getComputedStyle(tags[0]!).display === 'none',
      'only the mug',
    );
    await until(() => video.shadowRoot!.querySelectorAll('[part~="rail-item"] .price').length === 2, 'rail');
    expect(el.shadowRoot!.querySelector('[part="creator"]')!.textContent).to.contain('Ana');
    await expectAccessible(el);
  });
});
