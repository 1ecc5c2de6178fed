import { expect, fixture, html } from '@open-wc/testing';
import type { Shoplet } from '@shoplet/core';
import { emulateMedia } from '@web/test-runner-commands';
import './video.js';
import type { ShopletTag } from '../tag/tag.component.js';
import { testBlob, testMedia } from '../test-utils/media.js';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';
import { attachSource } from './media-source.js';
import type { ShopletVideo } from './video.component.js';

const CLIP = await testBlob('clip.webm');
const videoOf = (el: ShopletVideo) => el.shadowRoot!.querySelector('video')!;
const frames = (n = 2) =>
  (async () => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  })();

/** A video at the top of a page three screens tall, so scrolling moves it out of view. */
async function onTallPage(template: ReturnType<typeof html>) {
  const wrap = await fixture<HTMLDivElement>(html`<div>${template}<div style="height: 300vh"></div></div>`);
  return wrap.querySelector('shoplet-video')!;
}

describe('<shoplet-video> in the page', () => {
  let shop: Shoplet;
  beforeEach(() => {
    shop = testShop().shop;
    scrollTo(0, 0);
  });
  afterEach(async () => {
    for (const s of document.querySelectorAll('shoplet-sheet')) s.remove();
    await emulateMedia({ reducedMotion: 'no-preference' });
    scrollTo(0, 0);
  });

  it('plays an HLS playlist through hls.js where the browser cannot play it itself', async () => {
    const video = document.createElement('video');
    video.muted = true;
    document.body.append(video);
    try {
      const source = await attachSource(video, testMedia('clip.m3u8'), { native: false });
      await until(() => video.readyState >= 1 && video.duration > 9, 'the playlist played through hls.js');
      // hls.js feeds the video through Media Source Extensions: the playlist is never its src.
      expect(video.src).to.match(/^blob:/);
      expect(video.duration).to.be.closeTo(10, 0.5);
      source.destroy();
    } finally {
      video.remove();
    }
  });

  it('plays an HLS src, natively where the browser can and through hls.js elsewhere', async () => {
    const playlist = testMedia('clip.m3u8');
    const el = await fixture<ShopletVideo>(
      html`<shoplet-video .client=${shop} src=${playlist} preload="metadata" muted style="width: 320px"></shoplet-video>`,
    );
    const video = videoOf(el);
    await until(() => video.readyState >= 1 && video.duration > 9, 'the playlist metadata');
    expect(video.duration).to.be.closeTo(10, 0.5);
    if (video.canPlayType('application/vnd.apple.mpegurl')) expect(video.src).to.equal(playlist);
    else expect(video.src).to.match(/^blob:/);
    await el.play();
    await until(() => video.currentTime > 0, 'playing');
    el.pause();
    expect(el.shadowRoot!.querySelector('.failed')).to.equal(null);
  });

  it('plays muted while at least half visible, pauses when scrolled away and resumes on return', async () => {
    const el = await onTallPage(
      html`<shoplet-video .client=${shop} src=${CLIP} aspect-ratio="16/9" autoplay loop style="width: 320px"></shoplet-video>`,
    );
    const video = videoOf(el);
    await until(() => !video.paused, 'autoplay');
    expect(video.muted).to.equal(true);
    scrollTo(0, document.documentElement.scrollHeight);
    await until(() => video.paused, 'paused when scrolled away');
    scrollTo(0, 0);
    await until(() => !video.paused, 'playing again when back in view');
    el.pause();
  });

  it('with prefers-reduced-motion does not autoplay and snaps moving hotspots to keyframes', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await onTallPage(
      html`<shoplet-video .client=${shop} src=${CLIP} aspect-ratio="16/9" autoplay style="width: 320px">
        <shoplet-tag .client=${shop} product="mug" x="0.1" y="0.2" start="5" end="8" track="[[5, 0.1, 0.2], [8, 0.9, 0.8]]"></shoplet-tag>
      </shoplet-video>`,
    );
    const video = videoOf(el);
    await until(() => video.readyState >= 1, 'metadata (the video is in view)');
    await frames(3);
    expect(video.paused, 'no autoplay').to.equal(true);
    await el.seek(6.5);
    await frames();
    const tag = el.querySelector<ShopletTag>('shoplet-tag')!;
    const box = tag.shadowRoot!.querySelector('[part="hotspot"]')!.getBoundingClientRect();
    const frame = el.mediaRect()!;
    expect((box.left + box.width / 2 - frame.left) / frame.width).to.be.closeTo(0.1, 0.01);
    expect((box.top + box.height / 2 - frame.top) / frame.height).to.be.closeTo(0.2, 0.01);
  });

  it('keeps preload="none" and no source until the video nears the viewport', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><div style="height: 400vh"></div><shoplet-video .client=${shop} src=${CLIP} aspect-ratio="16/9" style="width: 320px"></shoplet-video></div>`,
    );
    const el = wrap.querySelector('shoplet-video')!;
    const video = videoOf(el);
    await frames(3);
    expect(video.preload).to.equal('none');
    expect(video.currentSrc).to.equal('');
    el.scrollIntoView();
    await until(() => video.preload === 'metadata' && video.currentSrc === CLIP, 'loading once near');
  });

  it('continues in a floating mini player when scrolled away, with back-to-position and close', async () => {
    const el = await onTallPage(
      html`<shoplet-video .client=${shop} src=${CLIP} aspect-ratio="16/9" mini-player loop muted style="width: 320px"></shoplet-video>`,
    );
    const video = videoOf(el);
    const player = el.shadowRoot!.querySelector('[part="player"]')!;
    await el.play();
    scrollTo(0, document.documentElement.scrollHeight);
    await until(() => player.classList.contains('floating'), 'the mini player');
    expect(video.paused).to.equal(false);
    const rect = player.getBoundingClientRect();
    expect(rect.bottom).to.be.at.most(innerHeight);
    expect(rect.top).to.be.at.least(0);
    const back = el.shadowRoot!.querySelector<HTMLButtonElement>(
      '[part="mini-bar"] button[aria-label="Back to the video"]',
    )!;
    back.click();
    await until(() => !player.classList.contains('floating') && el.getBoundingClientRect().top >= -1, 'back in place');
    expect(video.paused).to.equal(false);
    scrollTo(0, document.documentElement.scrollHeight);
    await until(() => player.classList.contains('floating'), 'floating again');
    el.shadowRoot!.querySelector<HTMLButtonElement>(
      '[part="mini-bar"] button[aria-label="Close the mini player"]',
    )!.click();
    await until(() => video.paused && !player.classList.contains('floating'), 'closed and paused');
  });

  it('follows a deep link: seeks the video with that post id and opens the product sheet', async () => {
    history.replaceState(null, '', '#shoplet=deep-post&t=6&p=mug');
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <shoplet-video .client=${shop} src=${CLIP} post-id="other-post" style="width: 200px"></shoplet-video>
        <div style="height: 200vh"></div>
        <shoplet-video .client=${shop} src=${CLIP} post-id="deep-post" style="width: 320px">
          <shoplet-tag .client=${shop} product="mug" x="0.5" y="0.5" start="5" end="8"></shoplet-tag>
        </shoplet-video>
      </div>`);
      const [other, target] = [...wrap.querySelectorAll('shoplet-video')] as [ShopletVideo, ShopletVideo];
      const sheet = await until(() => document.querySelector('shoplet-sheet[open]'), 'the sheet');
      expect(sheet.getAttribute('product')).to.equal('mug');
      await until(() => Math.abs(videoOf(target).currentTime - 6) < 0.05, 'the video at 6 s');
      const box = target.getBoundingClientRect();
      expect(box.top < innerHeight && box.bottom > 0, 'scrolled into view').to.equal(true);
      expect(videoOf(other).currentTime).to.equal(0);
      const tag = target.querySelector('shoplet-tag')!;
      expect(getComputedStyle(tag).display).to.not.equal('none');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
