import { expect, fixture, html } from '@open-wc/testing';
import type { Shoplet, ShoppablePost } from '@shoplet/core';
import { sendKeys } from '@web/test-runner-commands';
import './feed.js';
import { expectAccessible } from '../test-utils/axe.js';
import { testBlob, testMedia } from '../test-utils/media.js';
import { testShop } from '../test-utils/shop.js';
import { captureWarnings, until } from '../test-utils/wait.js';
import type { ShopletFeed } from './feed.component.js';
import { readFeed } from './read-feed.js';

const CLIP = await testBlob('clip.webm');
const poster = (i: number) => `${testMedia('poster.jpg')}?item=${i}`;

function posts(count: number): ShoppablePost[] {
  return Array.from({ length: count }, (_, i) => ({
    version: 1,
    id: `post-${i}`,
    title: `Look ${i + 1}`,
    media:
      i % 5 === 4
        ? { type: 'image', src: poster(i), alt: `Look ${i + 1}`, aspectRatio: '16/9' }
        : { type: 'video', src: CLIP, poster: poster(i), aspectRatio: '16/9' },
    tags: [{ product: i % 2 ? 'mug' : 'linen-shirt', x: 0.5, y: 0.5, start: 1, end: 9 }],
  }));
}

/** Every `<video>` in the document, shadow roots included. */
function videosIn(root: Document | ShadowRoot | Element): number {
  let n = root.querySelectorAll('video').length;
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) n += videosIn(el.shadowRoot);
  return n;
}

async function feedOf(shop: Shoplet, list: ShoppablePost[]) {
  const el = await fixture<ShopletFeed>(
    html`<shoplet-feed .client=${shop} .posts=${list} style="height: 360px; width: 220px"></shoplet-feed>`,
  );
  await until(() => el.shadowRoot!.querySelector('shoplet-video'), 'the first video');
  return el;
}
const scroller = (el: ShopletFeed) => el.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!;

describe('<shoplet-feed>', () => {
  let shop: Shoplet;
  beforeEach(() => {
    shop = testShop().shop;
  });

  it('keeps at most three <video> elements alive while scrolling through 30 posts, and prefetches the next poster', async function () {
    this.timeout(60_000);
    const el = await feedOf(shop, posts(40));
    const box = scroller(el);
    expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(40);
    let most = 0;
    for (let i = 1; i <= 30; i++) {
      box.scrollTop = i * box.clientHeight;
      await until(() => el.current === i, `post ${i} on screen`);
      await el.updateComplete;
      most = Math.max(most, videosIn(document));
      await until(
        () => performance.getEntriesByType('resource').some((r) => r.name === poster(i + 2)),
        `the poster of post ${i + 2} prefetched`,
      );
    }
    expect(most).to.be.at.most(3);
    expect(most).to.be.at.least(2);
    // The current post is rendered, one far away is an empty placeholder.
    const articles = el.shadowRoot!.querySelectorAll('article');
    expect(articles[30]!.children.length).to.equal(1);
    expect(articles[5]!.children.length).to.equal(0);
  });

  it('moves with the keyboard (down, space, up, End, Home) and fires shoplet-feed-change', async () => {
    const el = await feedOf(shop, posts(6));
    const changes: string[] = [];
    el.addEventListener('shoplet-feed-change', (e) => changes.push(e.detail.postId));
    scroller(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => el.current === 1, 'post 2 after ArrowDown');
    await sendKeys({ press: 'Space' });
    await until(() => el.current === 2, 'post 3 after Space');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => el.current === 1, 'post 2 after ArrowUp');
    await sendKeys({ press: 'End' });
    await until(() => el.current === 5, 'the last post after End');
    await sendKeys({ press: 'Home' });
    await until(() => el.current === 0, 'the first post after Home');
    expect(changes[0]).to.equal('post-1');
    expect(changes.at(-1)).to.equal('post-0');
  });

  it('has labelled previous/next buttons and a feed of articles that passes axe', async () => {
    const el = await feedOf(shop, posts(3));
    const [prev, next] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="nav"] button')];
    expect(prev!.getAttribute('aria-label')).to.equal('Previous post');
    expect(prev!.disabled).to.equal(true);
    next!.click();
    await until(() => el.current === 1, 'the next post');
    const article = el.shadowRoot!.querySelectorAll('article')[1]!;
    expect(article.getAttribute('aria-posinset')).to.equal('2');
    expect(article.getAttribute('aria-setsize')).to.equal('3');
    await until(() => article.querySelector('shoplet-video')?.shadowRoot?.querySelector('[part~="rail-item"]'), 'rail');
    await expectAccessible(el);
  });

  it('opens at the post a deep link names', async () => {
    history.replaceState(null, '', '#shoplet=post-7&t=2');
    try {
      const el = await feedOf(shop, posts(12));
      await until(() => el.current === 7, 'post 8 on screen');
      const video = await until(
        () => el.shadowRoot!.querySelectorAll('article')[7]!.querySelector('shoplet-video'),
        'its video',
      );
      await until(() => Math.abs(video.time - 2) < 0.05, 'the video at 2 s');
      // A link followed later on the same page (hashchange) moves the feed too.
      location.hash = '#shoplet=post-2&t=3';
      await until(() => el.current === 2, 'post 3 on screen');
      const third = await until(
        () => el.shadowRoot!.querySelectorAll('article')[2]!.querySelector('shoplet-video'),
        'its video',
      );
      await until(() => Math.abs(third.time - 3) < 0.05, 'the video at 3 s');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('loads posts from src, leaving out invalid ones with a warning that names the field', async () => {
    const list = [
      ...posts(2),
      { version: 1, id: 'bad', media: { type: 'video', src: CLIP }, tags: [{ product: 'x', x: 3, y: 0 }] },
    ];
    const src = URL.createObjectURL(new Blob([JSON.stringify({ posts: list })], { type: 'application/json' }));
    let el!: ShopletFeed;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ShopletFeed>(
        html`<shoplet-feed .client=${shop} src=${src} style="height: 300px"></shoplet-feed>`,
      );
      await until(() => el.posts.length === 2, 'two posts');
    });
    expect(warnings.join('\n')).to.contain('items[2]: tags[0].x must be between 0 and 1');
    expect(readFeed({ nope: 1 }).errors[0]).to.contain('JSON array of posts');
  });
});
