import { expect } from '@open-wc/testing';
import { makeProduct, money } from '@shoplet/core/testing';
import { ShopletProduct } from '../product/product.component.js';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';
import { setDefaultClient } from './default-client.js';

// React 19, Vue and plain scripts may set properties on an element before its class is defined
// (the script loads late). Each case defines a fresh subclass under a new tag, so the element is
// created, given its properties and put on the page while the tag is still unknown.
let count = 0;
const freshTag = () => `shoplet-late-${Date.now().toString(36)}-${count++}`;

type Late = HTMLElement & { client?: unknown; strings?: unknown; locale?: string };

const capShop = (title: string) => testShop({ products: [makeProduct({ handle: 'cap', title, price: money(1000) })] });
const shadowText = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent?.trim();

describe('properties set before the element is defined', () => {
  afterEach(() => setDefaultClient(undefined));

  it('reach the element when it upgrades: its own client, strings and locale', async () => {
    const tag = freshTag();
    const own = capShop('Own cap');
    const pageDefault = capShop('Default cap');
    setDefaultClient(pageDefault.shop);

    const el = document.createElement(tag) as Late;
    el.setAttribute('product', 'cap');
    el.client = own.shop;
    el.strings = { addToCart: 'Into the basket' };
    document.body.append(el);
    expect(customElements.get(tag)).to.equal(undefined);

    customElements.define(tag, class extends ShopletProduct {});
    expect(Object.hasOwn(el, 'client')).to.equal(false);
    // Compared by identity: a failing deep comparison would print the whole client.
    expect(el.client === own.shop).to.equal(true);
    await until(() => shadowText(el, '[part="title"]'), 'the card');
    expect(shadowText(el, '[part="title"]')).to.equal('Own cap');
    expect(shadowText(el, '.add')).to.equal('Into the basket');
    // The element never asked the page default for its product.
    expect(pageDefault.adapter.calls.getProducts ?? 0).to.equal(0);
    el.remove();
  });

  it('renders in the language set before the upgrade once its strings load', async () => {
    const tag = freshTag();
    const el = document.createElement(tag) as Late;
    el.setAttribute('product', 'cap');
    el.client = capShop('Mütze').shop;
    el.locale = 'pl';
    document.body.append(el);
    customElements.define(tag, class extends ShopletProduct {});
    await until(() => shadowText(el, '.add') && shadowText(el, '.add') !== 'Add to cart', 'Polish strings');
    expect(shadowText(el, '.add')).to.equal('Dodaj do koszyka');
    el.remove();
  });

  it('keeps a value set after the upgrade over the one set before it', async () => {
    const tag = freshTag();
    const el = document.createElement(tag) as Late;
    el.setAttribute('product', 'cap');
    el.client = capShop('Early cap').shop;
    document.body.append(el);
    customElements.define(tag, class extends ShopletProduct {});
    el.client = capShop('Late cap').shop;
    await until(() => shadowText(el, '[part="title"]'), 'the card');
    expect(shadowText(el, '[part="title"]')).to.equal('Late cap');
    el.remove();
  });
});
