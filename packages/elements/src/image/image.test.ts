import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './image.js';
import { expectAccessible } from '../test-utils/axe.js';
import { testShop } from '../test-utils/shop.js';
import { captureWarnings, until } from '../test-utils/wait.js';
import type { ShopletImage } from './image.component.js';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

async function tagged(shop = testShop().shop) {
  const el =
    await fixture<ShopletImage>(html`<shoplet-image .client=${shop} src=${PIXEL} alt="Ana in the linen shirt" aspect-ratio="4/5" style="width: 400px">
    <shoplet-tag .client=${shop} product="linen-shirt" x="0.3" y="0.4"></shoplet-tag>
    <shoplet-tag .client=${shop} product="mug" x="0.98" y="0.9"></shoplet-tag>
  </shoplet-image>`);
  await until(() => el.shadowRoot!.querySelectorAll('[part="list-item"]').length === 2, 'the product list');
  return el;
}
const hotspot = (tag: Element) => tag.shadowRoot!.querySelector<HTMLButtonElement>('[part="hotspot"]')!;

describe('<shoplet-image> with <shoplet-tag>', () => {
  afterEach(() =>
    document.querySelectorAll('shoplet-sheet').forEach((s) => {
      s.remove();
    }),
  );

  it('answers a key and a press with no pointer or focus on the way before them', async () => {
    const el = await tagged();
    const [shirt, mug] = [...el.querySelectorAll('shoplet-tag')];
    let detail: HTMLElementEventMap['shoplet-tag-activate']['detail'] | undefined;
    el.addEventListener('shoplet-tag-activate', (e) => {
      detail = e.detail;
      e.preventDefault(); // no sheet: it would take focus
    });
    // Nothing before the key and the click: what they run may still be on its way.
    hotspot(shirt!).dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    hotspot(shirt!).click();
    await until(() => detail, 'shoplet-tag-activate');
    expect(detail).to.include({ productHandle: 'linen-shirt', productTitle: 'Linen shirt', index: 0, currency: 'GBP' });
    expect(mug!.matches(':focus-within'), 'End moved focus to the last hotspot').to.equal(true);
  });

  it('places labelled hotspot buttons at normalized coordinates and lists the products', async () => {
    const el = await tagged();
    const [shirt, mug] = [...el.querySelectorAll('shoplet-tag')];
    expect(hotspot(shirt!).getAttribute('aria-label')).to.equal('Linen shirt, £49.00');
    expect(hotspot(mug!).getAttribute('aria-label')).to.equal('Stoneware mug, £18.00');
    const frame = el.mediaRect()!;
    const spot = hotspot(shirt!).getBoundingClientRect();
    expect(spot.left + spot.width / 2 - frame.left).to.be.closeTo(0.3 * frame.width, 1.5);
    expect(spot.top + spot.height / 2 - frame.top).to.be.closeTo(0.4 * frame.height, 1.5);
    const list = [...el.shadowRoot!.querySelectorAll('[part="list-item"]')].map((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(list).to.deep.equal(['Linen shirt £49.00', 'Stoneware mug £18.00']);
    await expectAccessible(el);
  });

  it('shows a card on focus that stays inside the image near an edge; Escape hides it; arrows move between tags', async () => {
    const el = await tagged();
    const [shirt, mug] = [...el.querySelectorAll('shoplet-tag')];
    hotspot(shirt!).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(mug!.matches(':focus-within')).to.equal(true);
    const card = await until(() => mug!.shadowRoot!.querySelector('[part="card"]'), 'the card');
    await mug!.updateComplete;
    const frame = el.mediaRect()!;
    const box = card.getBoundingClientRect();
    expect(box.right).to.be.at.most(frame.right);
    expect(box.left).to.be.at.least(frame.left);
    expect(box.bottom).to.be.at.most(frame.bottom);
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await mug!.updateComplete;
    expect(mug!.shadowRoot!.querySelector('[part="card"]')).to.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    expect(shirt!.matches(':focus-within')).to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    expect(mug!.matches(':focus-within')).to.equal(true);
  });

  it('activation emits shoplet-tag-activate and opens the sheet; focus returns to the hotspot', async () => {
    const el = await tagged();
    const shirt = el.querySelector('shoplet-tag')!;
    let detail: HTMLElementEventMap['shoplet-tag-activate']['detail'] | undefined;
    el.addEventListener('shoplet-tag-activate', (e) => (detail = e.detail));
    hotspot(shirt).focus();
    await sendKeys({ press: 'Enter' });
    expect(detail).to.include({ productHandle: 'linen-shirt', x: 0.3, y: 0.4, index: 0, currency: 'GBP' });
    const sheet = await until(() => document.querySelector('shoplet-sheet'), 'the sheet');
    const dialog = await until(() => sheet.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'), 'open dialog');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'closed');
    expect(shirt.shadowRoot!.activeElement).to.equal(hotspot(shirt));
  });

  it('a cancelled shoplet-tag-activate keeps the sheet closed', async () => {
    const el = await tagged();
    el.addEventListener('shoplet-tag-activate', (e) => e.preventDefault());
    hotspot(el.querySelector('shoplet-tag')!).click();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector('shoplet-sheet')).to.equal(null);
  });

  it('hides a tag with x outside 0–1 with one warning, keeps it in the list', async () => {
    const { shop } = testShop();
    let el!: ShopletImage;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ShopletImage>(html`<shoplet-image .client=${shop} src=${PIXEL} alt="Look" aspect-ratio="1/1">
        <shoplet-tag .client=${shop} product="mug" x="1.7" y="0.5"></shoplet-tag>
      </shoplet-image>`);
      await until(() => el.shadowRoot!.querySelector('[part="list-item"]'), 'the list');
    });
    const tag = el.querySelector('shoplet-tag')!;
    expect(tag.hidden).to.equal(true);
    expect(warnings.filter((w) => w.includes('[shoplet:invalid-tag]'))).to.have.length(1);
    expect(warnings[0]).to.contain('x="1.7" must be a number between 0 and 1');
    await expectAccessible(el);
  });

  it('shows a placeholder with reserved space when src is missing', async () => {
    const { shop } = testShop();
    let el!: ShopletImage;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ShopletImage>(
        html`<shoplet-image .client=${shop} alt="Look" aspect-ratio="4/5" style="width: 200px"></shoplet-image>`,
      );
    });
    expect(warnings.filter((w) => w.includes('needs a src'))).to.have.length(1);
    expect(el.getBoundingClientRect().height).to.be.closeTo(250, 1);
    await expectAccessible(el);
    el.aspectRatio = '1 / 1';
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.closeTo(200, 1);
    // Anything but a ratio is ignored (with a warning naming the attribute), never written into a style.
    const hostile = await captureWarnings(async () => {
      el.aspectRatio = '1/1; background: red';
      await el.updateComplete;
    });
    expect(hostile.filter((w) => w.includes('aspect-ratio="1/1; background: red"'))).to.have.length(1);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.media')!.style.aspectRatio).to.equal('');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.media')!).backgroundColor).not.to.equal('rgb(255, 0, 0)');
  });

  it('show-tags="hover" hides hotspots until hover or focus, but keeps them keyboard reachable', async () => {
    const el = await tagged();
    el.setAttribute('show-tags', 'hover');
    await el.updateComplete;
    const shirt = el.querySelector('shoplet-tag')!;
    expect(getComputedStyle(shirt).opacity).to.equal('0');
    hotspot(shirt).focus();
    await until(() => getComputedStyle(shirt).opacity === '1', 'visible on focus');
  });

  it('show-tags="tap" shows hotspots after a tap on the picture and hides them after the next', async () => {
    const el = await tagged();
    el.setAttribute('show-tags', 'tap');
    await el.updateComplete;
    const shirt = el.querySelector('shoplet-tag')!;
    const picture = el.shadowRoot!.querySelector<HTMLElement>('[part="image"]')!;
    expect(getComputedStyle(shirt).opacity).to.equal('0');
    picture.click();
    await until(() => getComputedStyle(shirt).opacity === '1', 'visible after a tap');
    picture.click();
    await until(() => getComputedStyle(shirt).opacity === '0', 'hidden after the next tap');
  });
});
