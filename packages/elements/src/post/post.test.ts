import { expect, fixture, html } from '@open-wc/testing';
import './post.js';
import { setDefaultClient } from '../internal/default-client.js';
import { expectAccessible } from '../test-utils/axe.js';
import { testShop } from '../test-utils/shop.js';
import { captureWarnings, until } from '../test-utils/wait.js';
import type { ShopletPost } from './post.component.js';

const PIXEL = URL.createObjectURL(
  new Blob([Uint8Array.from(atob('R0lGODlhAQABAAAAACw='), (c) => c.charCodeAt(0))], { type: 'image/gif' }),
);
const docUrl = (doc: unknown) =>
  URL.createObjectURL(new Blob([typeof doc === 'string' ? doc : JSON.stringify(doc)], { type: 'application/json' }));
const good = {
  version: 1,
  id: 'summer-look',
  title: 'Summer look',
  media: { type: 'image', src: PIXEL, alt: 'Ana on the beach', aspectRatio: '4/5' },
  tags: [
    { product: 'linen-shirt', x: 0.3, y: 0.4 },
    { product: 'mug', x: 0.7, y: 0.8 },
  ],
  creator: { name: 'Ana', ref: 'ana', url: 'https://ana.example' },
};

async function post(src: string | undefined) {
  let el!: ShopletPost;
  const warnings = await captureWarnings(async () => {
    el = await fixture<ShopletPost>(html`<shoplet-post src=${src ?? ''} style="width: 360px"></shoplet-post>`);
    await until(() => el.shadowRoot!.querySelector('[part="error"], shoplet-image'), 'the post');
  });
  return { el, warnings };
}

describe('<shoplet-post>', () => {
  beforeEach(() => setDefaultClient(testShop().shop));
  afterEach(() => setDefaultClient(undefined));

  it('renders the image, its tags and the creator', async () => {
    const { el } = await post(docUrl(good));
    const image = el.shadowRoot!.querySelector('shoplet-image')!;
    expect(image.querySelectorAll('shoplet-tag')).to.have.length(2);
    expect(el.shadowRoot!.querySelector('[part="creator"]')!.textContent!.trim()).to.equal('By Ana');
    await until(() => image.shadowRoot!.querySelectorAll('[part="list-item"]').length === 2, 'tag products');
    await expectAccessible(el);
  });

  it('shows the bad field in the element and warns once for an invalid document', async () => {
    const bad = { ...good, tags: [...good.tags, { product: 'mug', x: 1.7, y: 0.2 }] };
    const { el, warnings } = await post(docUrl(bad));
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.textContent).to.contain('tags[2].x must be between 0 and 1');
    const mine = warnings.filter((w) => w.includes('[shoplet:invalid-post]'));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.contain('tags[2].x');
    await expectAccessible(el);
  });

  it('reports malformed JSON and a missing src without throwing', async () => {
    const malformed = await post(docUrl('{ "version": 1, '));
    expect(malformed.el.shadowRoot!.textContent).to.contain('not valid JSON');
    const missing = await post(undefined);
    expect(missing.el.shadowRoot!.textContent).to.contain('src attribute is missing');
    expect(missing.warnings.some((w) => w.includes('src attribute is missing'))).to.equal(true);
  });
});
