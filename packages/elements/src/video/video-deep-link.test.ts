import { expect, fixture, html } from '@open-wc/testing';
import './video.js';
import { testBlob } from '../test-utils/media.js';
import { until } from '../test-utils/wait.js';
import type { ShopletVideo } from './video.component.js';

const CLIP = await testBlob('clip.webm');

describe('<shoplet-video> deep links on <shoplet-store> pages', () => {
  afterEach(() => {
    for (const s of document.querySelectorAll('shoplet-sheet')) s.remove();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('opens the linked product once the store, defined after the video, is ready', async () => {
    history.replaceState(null, '', '#shoplet=store-post&t=2&p=mug');
    // As on a script-tag page, where the store's code may arrive after the video has rendered.
    const store = await fixture<HTMLElement>(html`<shoplet-store adapter="memory">
      <shoplet-video src=${CLIP} post-id="store-post" style="width: 320px"></shoplet-video>
    </shoplet-store>`);
    const video = store.querySelector<ShopletVideo>('shoplet-video')!;
    await until(() => Math.abs(video.time - 2) < 0.05, 'the video at 2 s');
    expect(customElements.get('shoplet-store')).to.equal(undefined);
    await import('../store/store.js');
    const sheet = await until(() => document.querySelector('shoplet-sheet[open]'), 'the sheet');
    expect(sheet.getAttribute('product')).to.equal('mug');
  });
});
