import { expect, fixture, html } from '@open-wc/testing';
import { ShopletError } from '@shoplet/core';
import { makeProduct, money } from '@shoplet/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import './product.js';
import '../store/store.js';
import type { Shoplet } from '@shoplet/core';
import { expectAccessible } from '../test-utils/axe.js';
import { testShop } from '../test-utils/shop.js';
import { captureWarnings, until } from '../test-utils/wait.js';
import type { ShopletProduct } from './product.component.js';

const q = <T extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<T>(sel as string) as T;
const radio = (el: Element, value: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.value === value)!;
const label = (el: Element, value: string) => radio(el, value).closest('label')!;

async function card(shop: Shoplet, product = 'linen-shirt', layout = 'card') {
  const el = await fixture<ShopletProduct>(
    html`<shoplet-product .client=${shop} product=${product} layout=${layout}></shoplet-product>`,
  );
  await until(() => q(el, '[part="title"]') || q(el, '.unavailable'), 'the card to load');
  return el;
}

describe('<shoplet-product>', () => {
  it('adds and opens the sheet on a press with no pointer or focus on the way before it', async () => {
    const { shop } = testShop();
    const el = await card(shop, 'mug');
    let detail: HTMLElementEventMap['shoplet-add-to-cart']['detail'] | undefined;
    el.addEventListener('shoplet-add-to-cart', (e) => (detail = e.detail));
    // A click with nothing before it: whatever the press runs may still be on its way.
    q<HTMLButtonElement>(el, '.add').click();
    await until(() => detail, 'shoplet-add-to-cart');
    expect(detail).to.include({ productHandle: 'mug', quantity: 1 });
    expect(shop.$cart.get()?.totalQuantity).to.equal(1);
    await el.updateComplete;
    expect(q(el, '[part="status"]').textContent).to.equal('Added to cart');
    q<HTMLButtonElement>(el, '[part="details-button"]').click();
    const sheet = await until(() => document.querySelector('shoplet-sheet'), 'the sheet');
    await until(() => sheet.shadowRoot?.querySelector('dialog[open]'), 'the sheet to open');
    sheet.remove();
  });

  it('returns from "Added to cart" to the add button after 2.5 s, also while the card is off the page', async () => {
    const { shop } = testShop();
    const el = await card(shop, 'mug');
    q<HTMLButtonElement>(el, '.add').click();
    await until(() => q(el, '[part="status"]').textContent === 'Added to cart', 'the added state');
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 2600));
    parent.append(el);
    await el.updateComplete;
    expect(q(el, '[part="status"]').textContent).to.equal('');
    expect(q(el, '.add').textContent!.trim()).to.equal('Add to cart');
  });

  it('shows title, sale price with the compare-at price, and stock for the first buyable variant', async () => {
    const { shop } = testShop();
    const el = await card(shop);
    expect(q(el, '[part="title"]').textContent).to.equal('Linen shirt');
    const price = q(el, '[part="price"]').textContent!;
    expect(price).to.contain('Now £49.00');
    expect(price).to.contain('Was £59.00');
    expect(q(el, '[part="stock"]').textContent).to.equal('Only 4 left');
    await expectAccessible(el);
  });

  it('disables sold-out and non-existent combinations and says which', async () => {
    const { shop } = testShop();
    const el = await card(shop);
    // Selected: S / Sand. M / Sand is sold out, L / Sand does not exist.
    expect(radio(el, 'M').disabled).to.equal(true);
    expect(label(el, 'M').textContent).to.contain('Sold out');
    expect(radio(el, 'L').disabled).to.equal(true);
    expect(label(el, 'L').textContent).to.contain('Unavailable');
    radio(el, 'Navy').click();
    await el.updateComplete;
    expect(radio(el, 'M').disabled).to.equal(false);
    expect(radio(el, 'L').disabled).to.equal(false);
    radio(el, 'L').click();
    await el.updateComplete;
    expect(q(el, '[part="stock"]').textContent).to.equal('In stock');
    await expectAccessible(el);
  });

  it('picks options with the keyboard and adds the chosen variant with its quantity', async () => {
    const { shop } = testShop();
    const el = await card(shop);
    radio(el, 'Navy').focus();
    radio(el, 'Navy').click();
    await el.updateComplete;
    const qty = q<HTMLInputElement>(el, 'input[type=number]');
    qty.value = '2';
    qty.dispatchEvent(new Event('change'));
    await el.updateComplete;
    let detail: HTMLElementEventMap['shoplet-add-to-cart']['detail'] | undefined;
    el.addEventListener('shoplet-add-to-cart', (e) => (detail = e.detail));
    const button = q<HTMLButtonElement>(el, '.add');
    button.focus();
    button.click();
    await until(() => detail, 'shoplet-add-to-cart');
    expect(detail).to.include({
      variantId: 'shirt-S-Navy',
      quantity: 2,
      productHandle: 'linen-shirt',
      currency: 'GBP',
    });
    expect(detail!.value).to.equal(98);
    expect(shop.$cart.get()?.lines[0]?.quantity).to.equal(2);
    await el.updateComplete;
    expect(q(el, '[part="status"]').textContent).to.equal('Added to cart');
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '.add'));
    await expectAccessible(el);
  });

  it('shows the backend refusal with a retry that works', async () => {
    const { shop, adapter } = testShop();
    const el = await card(shop);
    adapter.failNext('createCart', new ShopletError('out_of_stock', 'Only 1 left.'));
    const errors: string[] = [];
    el.addEventListener('shoplet-error', (e) => errors.push(e.detail.code));
    q<HTMLButtonElement>(el, '.add').click();
    await until(() => q(el, '[part="error"]'), 'the error line');
    expect(q(el, '[part="error"]').textContent).to.contain('There is not enough of this in stock.');
    expect(q(el, '[part="error"]').textContent).not.to.contain('Only 1 left.');
    expect(errors).to.deep.equal(['out_of_stock']);
    await expectAccessible(el);
    q<HTMLButtonElement>(el, '[part="error"] button').click();
    await until(() => shop.$cart.get()?.totalQuantity === 1, 'the retried add');
  });

  it('falls back for an unknown product with one warning and one shoplet-error', async () => {
    const { shop } = testShop();
    let events = 0;
    const warnings = await captureWarnings(async () => {
      const el = await fixture(
        html`<shoplet-product .client=${shop} product="no-such-thing" @shoplet-error=${() => events++}></shoplet-product>`,
      );
      await until(() => q(el, '.unavailable'), 'the fallback');
      expect(q(el, '.unavailable').textContent).to.contain('not available');
      await (el as ShopletProduct).updateComplete;
      await expectAccessible(el);
    });
    expect(warnings.filter((w) => w.includes('no-such-thing'))).to.have.length(1);
    expect(warnings[0]).to.contain('[shoplet:unknown-product]');
    expect(events).to.equal(1);
  });

  it('falls back when the product attribute is missing', async () => {
    const { shop } = testShop();
    const warnings = await captureWarnings(async () => {
      const el = await fixture(html`<shoplet-product .client=${shop}></shoplet-product>`);
      await until(() => q(el, '.unavailable'), 'the fallback');
    });
    expect(warnings.some((w) => w.includes('product attribute is missing'))).to.equal(true);
  });

  it('renders the compact and row layouts accessibly', async () => {
    const { shop } = testShop();
    const compact = await card(shop, 'linen-shirt', 'compact');
    expect(q(compact, '[part="details-button"]').textContent).to.contain('Choose options');
    await expectAccessible(compact);
    const mug = await card(shop, 'mug', 'compact');
    expect(q(mug, '.add').textContent!.trim()).to.equal('Add to cart');
    const row = await card(shop, 'mug', 'row');
    expect(q(row, '.row')).to.exist;
    await expectAccessible(row);
  });

  it('shows an unknown layout as a card, with one development warning', async () => {
    const { shop } = testShop();
    const warnings = await captureWarnings(async () => {
      const el = await card(shop, 'mug', 'grid');
      expect(q(el, '.base').className).to.equal('base card');
      expect(q(el, '[part="details-button"]').textContent).to.contain('Details');
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('layout="grid"'))).to.have.length(1);
  });

  it('is operable with Tab alone: options, quantity, add to cart, details', async () => {
    const { shop } = testShop();
    const el = await card(shop);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const visited: string[] = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      visited.push(active?.getAttribute('part') ?? active?.getAttribute('type') ?? active?.localName ?? 'none');
    }
    before.remove();
    expect(visited).to.deep.equal(['radio', 'radio', 'number', 'add-button', 'details-button']);
  });

  it('shapes the image frame like the image, 4:5 when its size is unknown', async () => {
    const image = { url: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', altText: null, width: 1200, height: 600 };
    const { shop } = testShop({
      products: [
        makeProduct({ handle: 'poster', title: 'Poster', price: money(900), images: [image] }),
        makeProduct({
          handle: 'print',
          title: 'Print',
          price: money(900),
          images: [{ url: image.url, altText: null }],
        }),
      ],
    });
    const ratio = (el: Element) => {
      const box = q(el, '.media').getBoundingClientRect();
      return box.width / box.height;
    };
    expect(ratio(await card(shop, 'poster'))).to.be.closeTo(2, 0.02);
    expect(ratio(await card(shop, 'print'))).to.be.closeTo(0.8, 0.02);
  });

  it('reserves space while loading', async () => {
    const { shop } = testShop();
    const el = await fixture(html`<shoplet-product .client=${shop} product="mug"></shoplet-product>`);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
  });
});
