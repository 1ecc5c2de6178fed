// The page scripts/bench/video.mjs drives: builds a <shoplet-video> with N tags or a long
// <shoplet-feed>, and exposes the measurements on window.shopletBench.
import { createShoplet, type ShoppablePost } from '../../../packages/core/src/index.js';
import { makeProduct, memoryAdapter, memoryStorage, money } from '../../../packages/core/src/testing.js';
import '../../../packages/elements/src/feed/feed.js';
import type { ShopletFeed } from '../../../packages/elements/src/feed/feed.component.js';
import { IntervalIndex } from '../../../packages/elements/src/internal/interval-index.js';
import type { ShopletTag } from '../../../packages/elements/src/tag/tag.component.js';
import '../../../packages/elements/src/video/video.js';
import type { ShopletVideo } from '../../../packages/elements/src/video/video.component.js';

const CLIP = new URL('../../../packages/elements/test-media/clip.webm', import.meta.url).href;
const POSTER = new URL('../../../packages/elements/test-media/poster.jpg', import.meta.url).href;
const DURATION = 60;
const FPS = 30;

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

const products = Array.from({ length: 20 }, (_, i) =>
  makeProduct({ handle: `product-${i}`, title: `Product ${i}`, price: money(1000 + i * 100) }),
);
const shop = createShoplet({ adapter: memoryAdapter({ products }), storage: memoryStorage(), syncTabs: false });

const frames = (n = 1) =>
  (async () => {
    for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
  })();

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 3000; i++) {
    if (check()) return;
    await frames();
  }
  throw new Error(`timed out waiting for ${what}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? Number.NaN;

/** Tags of 3 s each spread over a 60 s video, each moving through three keyframes. */
function tagWindows(n: number) {
  const rnd = random(n);
  return Array.from({ length: n }, (_, i) => {
    const start = Math.round(rnd() * (DURATION - 3) * 10) / 10;
    const end = start + 3;
    const [x0, y0, x1, y1] = [rnd(), rnd(), rnd(), rnd()].map((v) => 0.05 + v * 0.9) as [
      number,
      number,
      number,
      number,
    ];
    return {
      product: `product-${i % 20}`,
      start,
      end,
      x0,
      y0,
      track: [
        [start, x0, y0],
        [start + 1.5, (x0 + x1) / 2, y1],
        [end, x1, y1],
      ],
    };
  });
}

/**
 * Per-frame cost of the video's hotspot update (the callback its frame loop runs for each
 * presented frame) over 60 s of frames, with `n` tags. Timed in blocks of 30 frames because the
 * browser's clock is coarse; `withStyle` adds the style/layout flush the frame then needs.
 */
async function tagFrameCost(n: number) {
  const el = document.createElement('shoplet-video') as ShopletVideo;
  el.client = shop;
  el.src = CLIP;
  el.setAttribute('aspect-ratio', '16/9');
  el.style.width = '640px';
  for (const w of tagWindows(n)) {
    const tag = document.createElement('shoplet-tag') as ShopletTag;
    tag.setAttribute('product', w.product);
    tag.setAttribute('x', String(w.x0));
    tag.setAttribute('y', String(w.y0));
    tag.setAttribute('start', String(w.start));
    tag.setAttribute('end', String(w.end));
    tag.setAttribute('track', JSON.stringify(w.track));
    el.append(tag);
  }
  document.body.append(el);
  await el.updateComplete;
  await until(
    () => el.shadowRoot!.querySelectorAll('[part~="rail-item"] .price').length === Math.min(n, 20),
    'the rail',
  );
  await frames(5);
  // The callback FrameLoop calls with each frame's media time.
  const onFrame = (t: number) => (el as unknown as { syncTags(t: number): void }).syncTags(t);
  const total = DURATION * FPS;
  const block = 30;
  const js: number[] = [];
  const withStyle: number[] = [];
  const shown: number[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (let f = 0; f < total; f += block) {
      let t0 = performance.now();
      for (let k = 0; k < block; k++) onFrame((f + k) / FPS);
      js.push((performance.now() - t0) / block);
      t0 = performance.now();
      for (let k = 0; k < block; k++) {
        onFrame((f + k) / FPS + 1e-4);
        void el.offsetWidth;
      }
      withStyle.push((performance.now() - t0) / block);
      shown.push(el.querySelectorAll('shoplet-tag:not([data-off])').length);
      // Let Lit render the rail highlight and the browser paint, as between real frames.
      if (f % 150 === 0) await frames();
    }
  }
  el.remove();
  return {
    n,
    medianMs: median(js),
    p95Ms: p95(js),
    medianWithStyleMs: median(withStyle),
    meanShown: shown.reduce((a, b) => a + b, 0) / shown.length,
  };
}

/** Active-tag lookup alone: the interval index against a scan of every tag, per frame. */
function lookupCost(n: number) {
  const windows = tagWindows(n);
  const index = new IntervalIndex(windows.map((w, i) => ({ start: w.start, end: w.end, value: i })));
  const scan = (t: number) => windows.filter((w) => w.start <= t && t <= w.end);
  const time = (fn: (t: number) => unknown) => {
    const runs: number[] = [];
    for (let r = 0; r < 7; r++) {
      const t0 = performance.now();
      for (let f = 0; f < DURATION * FPS; f++) fn(f / FPS);
      runs.push(((performance.now() - t0) / (DURATION * FPS)) * 1000);
    }
    return median(runs);
  };
  return { n, indexUs: time((t) => index.at(t)), scanUs: time(scan) };
}

function posts(count: number): ShoppablePost[] {
  return Array.from({ length: count }, (_, i) => ({
    version: 1,
    id: `post-${i}`,
    media: { type: 'video', src: CLIP, poster: `${POSTER}?post=${i}`, aspectRatio: '9/16' },
    tags: tagWindows(3).map((w) => ({
      product: w.product,
      x: w.x0,
      y: w.y0,
      start: w.start % 8,
      end: (w.start % 8) + 2,
    })),
  }));
}

let feed: ShopletFeed | undefined;

async function openFeed(count: number) {
  feed = document.createElement('shoplet-feed') as ShopletFeed;
  feed.client = shop;
  feed.posts = posts(count);
  feed.style.cssText = 'height: 640px; width: 360px';
  document.body.append(feed);
  await feed.updateComplete;
  await until(() => !!feed?.shadowRoot?.querySelector('shoplet-video'), 'the first video');
}

/** Scrolls the feed to post `index` and waits until it is the current one and rendered. */
async function feedTo(index: number) {
  const f = feed;
  if (!f) throw new Error('openFeed first');
  const scroller = f.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;
  scroller.scrollTop = index * scroller.clientHeight;
  await until(() => f.current === index, `post ${index}`);
  await f.updateComplete;
  await frames(2);
}

function countVideos(root: Document | ShadowRoot = document): number {
  let n = root.querySelectorAll('video').length;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) n += countVideos(el.shadowRoot);
  return n;
}

function countNodes(root: Document | ShadowRoot = document): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countNodes(el.shadowRoot);
  }
  return n;
}

declare global {
  interface Window {
    shopletBench: unknown;
  }
}
window.shopletBench = {
  isolated: () => crossOriginIsolated,
  tagFrameCost,
  lookupCost,
  openFeed,
  feedTo,
  countVideos,
  countNodes,
  ready: true,
};
