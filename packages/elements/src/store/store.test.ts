import { expect, fixture, html } from '@open-wc/testing';
import { makeProduct, money } from '@shoplet/core/testing';
import '../product/product.js';
import './store.js';
import { setDefaultClient } from '../internal/default-client.js';
import { testShop } from '../test-utils/shop.js';
import { captureWarnings, until } from '../test-utils/wait.js';

const titleOf = (el: Element) => el.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();

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
});
