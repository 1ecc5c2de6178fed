import { expect, fixture, html } from '@open-wc/testing';
import './video.js';
import { parseAspectRatio } from '../internal/aspect-ratio.js';
import { testBlob } from '../test-utils/media.js';
import { testShop } from '../test-utils/shop.js';
import { captureWarnings, until } from '../test-utils/wait.js';
import type { ShopletVideo } from './video.component.js';

const CLIP = await testBlob('clip.webm');
const frameOf = (el: ShopletVideo) => el.shadowRoot!.querySelector<HTMLElement>('[part="frame"]')!;

async function video(attrs: { ratio?: string; src?: string; poster?: string }) {
  let el!: ShopletVideo;
  const errors: { field?: string }[] = [];
  const warnings = await captureWarnings(async () => {
    el = await fixture<ShopletVideo>(html`<shoplet-video
      .client=${testShop().shop}
      src=${attrs.src ?? CLIP}
      poster=${attrs.poster ?? ''}
      aspect-ratio=${attrs.ratio ?? ''}
      style="width: 320px"
      @shoplet-error=${(e: CustomEvent) => errors.push(e.detail)}
    ></shoplet-video>`);
    await el.updateComplete;
  });
  return { el, warnings, errors };
}

describe('<shoplet-video> with hostile attributes', () => {
  it('never turns an aspect-ratio carrying CSS into a page overlay; warns once and keeps 16/9', async () => {
    const { el, warnings } = await video({ ratio: '9/16;position:fixed;inset:0;z-index:2147483647' });
    const frame = frameOf(el);
    const styles = [frame, el.shadowRoot!.querySelector('[part="player"]')!].map((node) => getComputedStyle(node));
    expect(styles.map((s) => s.position)).to.not.include('fixed');
    expect(styles.map((s) => s.zIndex)).to.not.include('2147483647');
    const box = frame.getBoundingClientRect();
    expect(box.width).to.be.closeTo(320, 1);
    expect(box.height).to.be.closeTo(180, 1);
    const mine = warnings.filter((w) => w.includes('aspect-ratio='));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.contain('[shoplet:invalid-attribute]');
  });

  it('reads W/H, W / H and a number', async () => {
    for (const ratio of ['9/16', '9 / 16', '0.5625']) {
      const { el, warnings } = await video({ ratio });
      const box = frameOf(el).getBoundingClientRect();
      expect(box.height, ratio).to.be.closeTo((320 * 16) / 9, 1);
      expect(warnings.filter((w) => w.includes('aspect-ratio='))).to.deep.equal([]);
    }
  });

  it('parses only positive, finite ratios', () => {
    expect(parseAspectRatio('4/5')).to.equal(0.8);
    expect(parseAspectRatio(' 16 / 9 ')).to.be.closeTo(16 / 9, 1e-9);
    expect(parseAspectRatio('1.5')).to.equal(1.5);
    for (const bad of ['0/1', '1/0', '-1/2', 'wide', '9/16;color:red', '1e999', '', '16/9/2', 'calc(1)'])
      expect(parseAspectRatio(bad), bad).to.equal(null);
  });

  it('does not load a video or poster from a script URL', async () => {
    const { el, errors } = await video({ src: 'java\tscript:alert(1)', poster: 'javascript:alert(1)' });
    await el.ensureSource();
    const media = el.shadowRoot!.querySelector('video')!;
    expect(media.getAttribute('src')).to.equal(null);
    expect(media.getAttribute('poster')).to.equal(null);
    await until(() => errors.length, 'the error');
    expect(errors.map((e) => e.field)).to.deep.equal(['src']);
  });
});
