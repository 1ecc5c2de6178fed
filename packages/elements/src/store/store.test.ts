import { expect, fixture, html } from '@open-wc/testing';
import { makeProduct, money } from '@shoplet/core/testing';
import '../post/post.js';
import '../product/product.js';
import './store.js';
import { setDefaultClient } from '../internal/default-client.js';
import { testShop } from '../test-utils/shop.js';
import { captureWarnings, until } from '../test-utils/wait.js';

const titleOf = (el: Element) => el.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();
const capShop = (title: string) => testShop({ products: [makeProduct({ handle: 'cap', title, price: money(1000) })] });

describe('<shoplet-store>', () => {
  afterEach(() => setDefaultClient(undefined));

  it('gives each subtree its own client: two stores on one page stay independent', async () => {
    const a = testShop({ products: [makeProduct({ handle: 'cap', title: 'Store A cap', price: money(1000) })] });
    const b = testShop({
      locale: 'de-DE',
      products: [makeProduct({ handle: 'cap', title: 'Store B cap', price: money(2000, 'EUR') })],
    });
    const root = await fixture(html`<div>
      <shoplet-store id="a" .client=${a.shop}><shoplet-product product="cap"></shoplet-product></shoplet-store>
      <shoplet-store id="b" .client=${b.shop}><shoplet-product product="cap"></shoplet-product></shoplet-store>
    </div>`);
    const [pa, pb] = [...root.querySelectorAll('shoplet-product')];
    await until(() => titleOf(pa!) && titleOf(pb!), 'both cards');
    expect(titleOf(pa!)).to.equal('Store A cap');
    expect(titleOf(pb!)).to.equal('Store B cap');
    expect(pb!.shadowRoot!.querySelector('.add')!.textContent!.trim()).to.equal('In den Warenkorb');

    (pa!.shadowRoot!.querySelector('.add') as HTMLButtonElement).click();
    await until(() => a.shop.$cart.get()?.totalQuantity === 1, 'cart A to hold the cap');
    expect(b.shop.$cart.get()?.totalQuantity ?? 0).to.equal(0);
  });

  it('builds a memory client from attributes and its products property', async () => {
    const el = await fixture(html`<shoplet-store
      adapter="memory"
      locale="ja-JP"
      .products=${[makeProduct({ handle: 'mug', title: 'Mug', price: money(1800, 'JPY') })]}
      ><shoplet-product product="mug"></shoplet-product
    ></shoplet-store>`);
    const card = el.querySelector('shoplet-product')!;
    await until(() => titleOf(card), 'the card');
    expect(card.shadowRoot!.querySelector('[part="price"]')!.textContent).to.contain('1,800');
    expect(card.shadowRoot!.querySelector('.add')!.textContent!.trim()).to.equal('カートに追加');
  });

  it('warns once and emits shoplet-error for an unknown adapter, without throwing', async () => {
    let detail: HTMLElementEventMap['shoplet-error']['detail'] | undefined;
    const warnings = await captureWarnings(async () => {
      const el = await fixture(
        html`<shoplet-store adapter="magento" @shoplet-error=${(e: CustomEvent) => (detail = e.detail)}></shoplet-store>`,
      );
      await (el as HTMLElementTagNameMap['shoplet-store']).ready;
    });
    expect(detail?.field).to.equal('adapter');
    expect(warnings.filter((w) => w.includes('[shoplet:invalid-store]'))).to.have.length(1);
    expect(warnings[0]).to.contain('adapter="magento"');
  });

  it('reports a missing endpoint for vendure', async () => {
    let detail: HTMLElementEventMap['shoplet-error']['detail'] | undefined;
    await captureWarnings(async () => {
      const el = await fixture(
        html`<shoplet-store adapter="vendure" @shoplet-error=${(e: CustomEvent) => (detail = e.detail)}></shoplet-store>`,
      );
      await (el as HTMLElementTagNameMap['shoplet-store']).ready;
    });
    expect(detail?.field).to.equal('endpoint');
  });

  it('elements outside any store use the page default client, even when it is set later', async () => {
    const card = await fixture(html`<shoplet-product product="mug"></shoplet-product>`);
    expect(card.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    setDefaultClient(testShop().shop);
    await until(() => titleOf(card), 'the card');
    expect(titleOf(card)).to.equal('Stoneware mug');
  });

  it('the nearest store wins when stores are nested', async () => {
    const [outer, inner] = [capShop('Outer cap'), capShop('Inner cap')];
    const root = await fixture(html`<shoplet-store .client=${outer.shop}>
      <shoplet-product id="o" product="cap"></shoplet-product>
      <shoplet-store .client=${inner.shop}><shoplet-product id="i" product="cap"></shoplet-product></shoplet-store>
    </shoplet-store>`);
    const [o, i] = [root.querySelector('#o')!, root.querySelector('#i')!];
    await until(() => titleOf(o) && titleOf(i), 'both cards');
    expect(titleOf(o)).to.equal('Outer cap');
    expect(titleOf(i)).to.equal('Inner cap');
  });

  it('reaches elements inside the shadow roots of other elements, such as a post', async () => {
    setDefaultClient(capShop('Default cap').shop);
    const store = capShop('Store cap');
    const gif = Uint8Array.from(atob('R0lGODlhAQABAAAAACw='), (c) => c.charCodeAt(0));
    const pixel = URL.createObjectURL(new Blob([gif], { type: 'image/gif' }));
    const doc = {
      version: 1,
      id: 'p',
      media: { type: 'image', src: pixel, alt: 'A cap' },
      tags: [{ product: 'cap', x: 0.5, y: 0.5 }],
    };
    const src = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
    const root = await fixture(
      html`<shoplet-store .client=${store.shop}><div></div><shoplet-post src=${src}></shoplet-post></shoplet-store>`,
    );
    const host = root.querySelector('div')!.attachShadow({ mode: 'open' });
    host.innerHTML = '<shoplet-product product="cap"></shoplet-product>';
    const card = host.querySelector('shoplet-product')!;
    await until(() => titleOf(card), 'the card in a shadow root');
    expect(titleOf(card)).to.equal('Store cap');

    const post = root.querySelector('shoplet-post')!;
    const item = await until(
      () => post.shadowRoot!.querySelector('shoplet-image')?.shadowRoot?.querySelector('[part="list-item"]'),
      'the tagged product in the post',
    );
    await until(() => item.textContent?.includes('cap'), 'its title');
    expect(item.textContent).to.contain('Store cap');
  });

  it('an element moved to another store follows it', async () => {
    const [a, b] = [capShop('A cap'), capShop('B cap')];
    const root = await fixture(html`<div>
      <shoplet-store id="a" .client=${a.shop}><shoplet-product product="cap"></shoplet-product></shoplet-store>
      <shoplet-store id="b" .client=${b.shop}></shoplet-store>
    </div>`);
    const card = root.querySelector('shoplet-product')!;
    await until(() => titleOf(card) === 'A cap', 'the card from store A');
    root.querySelector('#b')!.append(card);
    await until(() => titleOf(card) === 'B cap', 'the card from store B');
  });

  it('elements inside a store that is still starting wait instead of using the page default', async () => {
    setDefaultClient(capShop('Default cap').shop);
    await captureWarnings(async () => {
      const el = await fixture<HTMLElementTagNameMap['shoplet-store']>(
        html`<shoplet-store adapter="magento"><shoplet-product product="cap"></shoplet-product></shoplet-store>`,
      );
      await el.ready;
      const card = el.querySelector('shoplet-product')!;
      await new Promise((r) => setTimeout(r, 50));
      expect(titleOf(card)).to.equal(undefined);
      expect(card.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    });
  });
});
