import { expect, fixture, html } from '@open-wc/testing';
import type { Shoplet } from '@shoplet/core';
import './video.js';
import { sendKeys } from '@web/test-runner-commands';
import type { ShopletTag } from '../tag/tag.component.js';
import { expectAccessible } from '../test-utils/axe.js';
import { testBlob } from '../test-utils/media.js';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';
import type { ShopletVideo } from './video.component.js';

const CLIP = await testBlob('clip.webm');
const CAPTIONS = await testBlob('captions.vtt');

/** Shirt from 2 s to 4 s, still; mug from 5 s to 8 s moving from (0.1, 0.2) to (0.9, 0.8). */
async function taggedVideo(shop: Shoplet, attrs: { postId?: string; overlay?: string; extra?: string } = {}) {
  const el = await fixture<ShopletVideo>(html`<shoplet-video
    .client=${shop}
    src=${CLIP}
    aspect-ratio="16/9"
    post-id=${attrs.postId ?? 'test-clip'}
    overlay-behavior=${attrs.overlay ?? 'pause-resume'}
    preload="metadata"
    loop
    style="width: 480px"
  >
    <track kind="captions" src=${CAPTIONS} srclang="en" label="English" />
    <shoplet-tag product="linen-shirt" x="0.2" y="0.3" start="2" end="4"></shoplet-tag>
    <shoplet-tag product="mug" x="0.1" y="0.2" start="5" end="8" track="[[5, 0.1, 0.2], [8, 0.9, 0.8]]"></shoplet-tag>
  </shoplet-video>`);
  await until(() => el.shadowRoot!.querySelectorAll('[part~="rail-item"] .price').length === 2, 'the rail prices');
  return el;
}

const videoOf = (el: ShopletVideo) => el.shadowRoot!.querySelector('video')!;
const tags = (el: ShopletVideo) => [...el.querySelectorAll<ShopletTag>('shoplet-tag')] as [ShopletTag, ShopletTag];
const showing = (tag: ShopletTag) => getComputedStyle(tag).display !== 'none';
const railNames = (el: ShopletVideo, selector = '[part~="rail-item"]') =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((li) => li.getAttribute('data-product'));

/** Seeks like a user dragging the native timeline, and waits for the browser's `seeked`. */
async function seekTo(el: ShopletVideo, t: number) {
  const video = videoOf(el);
  await until(() => video.readyState >= 1, 'metadata');
  const seeked = new Promise((r) => video.addEventListener('seeked', r, { once: true }));
  video.currentTime = t;
  await seeked;
  await el.updateComplete;
}

function center(tag: ShopletTag) {
  const box = tag.shadowRoot!.querySelector('[part="hotspot"]')!.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

describe('<shoplet-video>', () => {
  let shop: Shoplet;
  beforeEach(() => {
    shop = testShop().shop;
  });
  afterEach(() => {
    for (const s of document.querySelectorAll('shoplet-sheet')) s.remove();
  });

  it('speaks German and Japanese with those languages’ strings, loaded on demand', async () => {
    const cases: [locale: string, play: string, products: string][] = [
      ['de-DE', 'Abspielen', 'Produkte in diesem Video'],
      ['ja-JP', '再生', 'この動画の商品'],
    ];
    for (const [locale, play, products] of cases) {
      const el = await taggedVideo(testShop({ locale }).shop);
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="play-button"]')?.getAttribute('aria-label')).to.equal(play);
      expect(root.querySelector('[part~="rail"]')?.getAttribute('aria-label')).to.equal(products);
    }
  });

  it('shows a tag only inside its time window, after seeks forwards and backwards', async () => {
    const el = await taggedVideo(shop);
    const [shirt, mug] = tags(el);
    const seen = async (t: number) => {
      await seekTo(el, t);
      return [showing(shirt), showing(mug)];
    };
    expect(await seen(1)).to.deep.equal([false, false]);
    expect(await seen(3)).to.deep.equal([true, false]);
    expect(await seen(4.5)).to.deep.equal([false, false]);
    expect(await seen(6)).to.deep.equal([false, true]);
    expect(await seen(9)).to.deep.equal([false, false]);
    expect(await seen(2.5)).to.deep.equal([true, false]);
    // The hotspot is the tag's labelled button, reachable by keyboard.
    const button = shirt.shadowRoot!.querySelector('[part="hotspot"]')!;
    expect(button.getAttribute('aria-label')).to.equal('Linen shirt, £49.00');
  });

  it('moves a tracked tag along its keyframes: at a given time it is within 1% of the frame of the interpolated point', async () => {
    const el = await taggedVideo(shop);
    const mug = tags(el)[1];
    for (const t of [5, 5.75, 6.5, 7.9]) {
      await seekTo(el, t);
      const f = (Math.min(t, 8) - 5) / 3;
      const frame = el.mediaRect()!;
      const at = center(mug);
      const x = (at.x - frame.left) / frame.width;
      const y = (at.y - frame.top) / frame.height;
      expect(x, `x at ${t}s`).to.be.closeTo(0.1 + 0.8 * f, 0.01);
      expect(y, `y at ${t}s`).to.be.closeTo(0.2 + 0.6 * f, 0.01);
    }
  });

  it('lists products in order of appearance, highlights those on screen, and jumps to where one appears', async () => {
    const el = await taggedVideo(shop);
    expect(railNames(el)).to.deep.equal(['linen-shirt', 'mug']);
    await seekTo(el, 3);
    expect(railNames(el, '[part~="rail-item-on-screen"]')).to.deep.equal(['linen-shirt']);
    await seekTo(el, 6);
    expect(railNames(el, '[part~="rail-item-on-screen"]')).to.deep.equal(['mug']);
    const mugItem = el.shadowRoot!.querySelector('[data-product="mug"]')!;
    expect(mugItem.textContent).to.contain('On screen now');
    const jump = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-product="linen-shirt"] [part="rail-jump"]')!;
    expect(jump.getAttribute('aria-label')).to.equal('Jump to Linen shirt at 0:02');
    const seeked = new Promise((r) => videoOf(el).addEventListener('seeked', r, { once: true }));
    jump.click();
    await seeked;
    await el.updateComplete;
    expect(videoOf(el).currentTime).to.be.closeTo(2, 0.05);
    expect(railNames(el, '[part~="rail-item-on-screen"]')).to.deep.equal(['linen-shirt']);
  });

  it('pauses while the sheet opened from the rail is open and resumes when it closes; reports product:select', async () => {
    const el = await taggedVideo(shop);
    const selected: unknown[] = [];
    shop.on('product:select', (e) => selected.push({ handle: e.product.handle, source: e.source, postId: e.postId }));
    const video = videoOf(el);
    video.muted = true;
    await el.play();
    await until(() => !video.paused, 'playing');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-product="mug"] [part="rail-choose"]')!.click();
    const sheet = await until(() => document.querySelector('shoplet-sheet[open]'), 'the sheet');
    await until(() => video.paused, 'paused by the sheet');
    expect(selected).to.deep.equal([{ handle: 'mug', source: 'video-rail', postId: 'test-clip' }]);
    (sheet as HTMLElement & { hide(): void }).hide();
    await until(() => !video.paused, 'resumed after the sheet closed');
    // The cart drawer counts as an overlay too.
    shop.$cartOpen.set(true);
    await until(() => video.paused, 'paused by the cart');
    shop.$cartOpen.set(false);
    await until(() => !video.paused, 'resumed after the cart closed');
    el.pause();
  });

  it('with overlay-behavior="pause" stays paused after the sheet closes', async () => {
    const el = await taggedVideo(shop, { overlay: 'pause' });
    const video = videoOf(el);
    video.muted = true;
    await el.play();
    shop.$cartOpen.set(true);
    await until(() => video.paused, 'paused by the cart');
    shop.$cartOpen.set(false);
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    expect(video.paused).to.equal(true);
  });

  it('announces a hotspot politely once when it appears', async () => {
    const el = await taggedVideo(shop);
    const live = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    await seekTo(el, 3);
    expect(live.textContent).to.equal('Now showing: Linen shirt, £49.00');
    await seekTo(el, 6);
    expect(live.textContent).to.equal('Now showing: Stoneware mug, £18.00');
    await seekTo(el, 3);
    expect(live.textContent, 'the shirt is not announced twice').to.equal('Now showing: Stoneware mug, £18.00');
  });

  it('has labelled, keyboard-operable controls and passes axe', async () => {
    const el = await taggedVideo(shop);
    const root = el.shadowRoot!;
    const play = root.querySelector<HTMLButtonElement>('[part~="play-button"]')!;
    expect(play.getAttribute('aria-label')).to.equal('Play');
    expect(root.querySelector('[part~="mute-button"]')!.getAttribute('aria-label')).to.match(/Mute|Unmute/);
    const captions = root.querySelector<HTMLButtonElement>('[part~="captions-button"]')!;
    expect(captions.getAttribute('aria-pressed')).to.equal('false');
    captions.click();
    await el.updateComplete;
    expect(captions.getAttribute('aria-pressed')).to.equal('true');
    expect(videoOf(el).textTracks[0]!.mode).to.equal('showing');
    expect(root.querySelector('[part~="pip-button"]')!.getAttribute('aria-label')).to.equal('Picture in picture');
    await seekTo(el, 3);
    const seek = root.querySelector<HTMLInputElement>('[part="seek"]')!;
    expect(seek.getAttribute('aria-label')).to.equal('Seek');
    expect(seek.getAttribute('aria-valuetext')).to.equal('0:03 of 0:10');
    // Keyboard: focus the play button and press Enter.
    videoOf(el).muted = true;
    play.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => !videoOf(el).paused, 'playing from the keyboard');
    await until(() => play.getAttribute('aria-label') === 'Pause', 'the button says Pause');
    await sendKeys({ press: 'Enter' });
    await until(() => videoOf(el).paused, 'paused from the keyboard');
    await expectAccessible(el);
  });

  it('reports video:progress at 25, 50, 75 and 100 percent', async function () {
    this.timeout(40_000);
    const el = await fixture<ShopletVideo>(
      html`<shoplet-video .client=${shop} src=${CLIP} post-id="progress" preload="auto" muted></shoplet-video>`,
    );
    const seen: { percent: number; postId: string | undefined }[] = [];
    shop.on('video:progress', (e) => seen.push({ percent: e.percent, postId: e.postId }));
    const video = videoOf(el);
    await until(() => video.readyState >= 1, 'metadata');
    video.playbackRate = 4;
    await el.play();
    await new Promise((r) => video.addEventListener('ended', r, { once: true }));
    expect(seen.map((s) => s.percent)).to.deep.equal([25, 50, 75, 100]);
    expect(seen.every((s) => s.postId === 'progress')).to.equal(true);
  });
});
