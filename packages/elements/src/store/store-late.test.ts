import { expect, fixture, html } from '@open-wc/testing';
import { makeProduct, money } from '@shoplet/core/testing';
import '../product/product.js';
import { setDefaultClient } from '../internal/default-client.js';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';

const titleOf = (el: Element) => el.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim();
const capShop = (title: string) => testShop({ products: [makeProduct({ handle: 'cap', title, price: money(1000) })] });

// Its own file: `<shoplet-store>` must not be defined before this test defines it.
describe('<shoplet-store> defined after its children', () => {
  afterEach(() => setDefaultClient(undefined));

  it('the children wait for it instead of using the page default, then use its client', async () => {
    expect(customElements.get('shoplet-store')).to.equal(undefined);
    setDefaultClient(capShop('Default cap').shop);
    const store = await fixture(html`<shoplet-store><shoplet-product product="cap"></shoplet-product></shoplet-store>`);
    const card = store.querySelector('shoplet-product')!;
    await new Promise((r) => setTimeout(r, 50));
    expect(titleOf(card)).to.equal(undefined);
    expect(card.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;

    (store as HTMLElement & { client?: unknown }).client = capShop('Store cap').shop;
    await import('./store.js');
    await until(() => titleOf(card), 'the card');
    expect(titleOf(card)).to.equal('Store cap');
  });
});
