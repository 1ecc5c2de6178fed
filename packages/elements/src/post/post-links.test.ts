import { expect, fixture, html } from '@open-wc/testing';
import type { ShoppablePost } from '@shoplet/core';
import './post.js';
import { setDefaultClient } from '../internal/default-client.js';
import { testBlob } from '../test-utils/media.js';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';
import { ShopletPost } from './post.component.js';

declare global {
  interface Window {
    shopletRan?: number | undefined;
  }
}

const CLIP = await testBlob('clip.webm');
const PIXEL = await testBlob('poster.jpg');
const docUrl = (doc: unknown) => URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));

// Each of these is `javascript:` to a browser (tabs and newlines dropped anywhere, control
// characters and spaces dropped in front, schemes case-insensitive).
const HOSTILE = [
  'java\tscript:window.shopletRan=1',
  '\u0001javascript:window.shopletRan=1',
  'javas\ncript:window.shopletRan=1',
  ' javascript:window.shopletRan=1',
  'JAVASCRIPT:window.shopletRan=1',
  'data:text/html,<script>parent.shopletRan=1</script>',
];

const postWith = (type: 'image' | 'video', url: string): ShoppablePost => ({
  version: 1,
  id: `links-${type}`,
  media: type === 'image' ? { type, src: PIXEL, alt: 'A look' } : { type, src: CLIP, aspectRatio: '16/9' },
  tags: [],
  creator: { name: 'Ana', url },
});

/** A post shown without validation, to check that rendering alone never links a script. */
class UncheckedPost extends ShopletPost {
  show(post: ShoppablePost): void {
    this.postState = { status: 'ready', post };
  }
}
customElements.define('unchecked-post', UncheckedPost);

/** Clicks every link of the post the way a shopper would, then gives a script the time to run. */
async function clickEveryLink(el: ShopletPost): Promise<void> {
  for (const a of el.shadowRoot!.querySelectorAll('a')) {
    // An http(s) link would leave the test page; it cannot run script, so it is not clicked.
    if (/^https?:$/.test(new URL(a.href).protocol)) continue;
    a.click();
  }
  await new Promise((r) => setTimeout(r, 100));
}

describe('<shoplet-post> creator links', () => {
  beforeEach(() => {
    setDefaultClient(testShop().shop);
    window.shopletRan = undefined;
  });
  afterEach(() => setDefaultClient(undefined));

  for (const type of ['image', 'video'] as const) {
    it(`refuses a ${type} post whose creator.url hides a script, naming the field`, async () => {
      for (const url of HOSTILE) {
        const el = await fixture<ShopletPost>(html`<shoplet-post src=${docUrl(postWith(type, url))}></shoplet-post>`);
        const error = await until(() => el.shadowRoot!.querySelector('[part="error"]'), 'the error');
        expect(error.textContent, JSON.stringify(url)).to.contain('creator.url');
        await clickEveryLink(el);
        expect(window.shopletRan, JSON.stringify(url)).to.equal(undefined);
      }
    });

    it(`never renders a script link for a ${type} post that skipped validation`, async () => {
      for (const url of HOSTILE) {
        const el = await fixture<UncheckedPost>(html`<unchecked-post></unchecked-post>`);
        el.show(postWith(type, url));
        await el.updateComplete;
        const creator = el.shadowRoot!.querySelector('[part="creator"]')!;
        expect(creator.textContent!.trim()).to.equal('By Ana');
        expect(creator.querySelector('a'), JSON.stringify(url)).to.equal(null);
        await clickEveryLink(el);
        expect(window.shopletRan, JSON.stringify(url)).to.equal(undefined);
      }
    });
  }

  it('links an entity-encoded scheme as the text it is: a relative URL, not a script', async () => {
    const el = await fixture<ShopletPost>(
      html`<shoplet-post src=${docUrl(postWith('image', '&#106;avascript:window.shopletRan=1'))}></shoplet-post>`,
    );
    const link = await until(() => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="creator"] a'), 'the link');
    expect(new URL(link.href).origin).to.equal(location.origin);
  });

  it('links an https creator page', async () => {
    const el = await fixture<ShopletPost>(
      html`<shoplet-post src=${docUrl(postWith('image', 'https://ana.example/'))}></shoplet-post>`,
    );
    const link = await until(() => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="creator"] a'), 'the link');
    expect(link.href).to.equal('https://ana.example/');
  });
});
