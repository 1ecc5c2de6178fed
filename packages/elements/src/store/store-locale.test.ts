import { expect, fixture, html } from '@open-wc/testing';
import { makeProduct, money } from '@shoplet/core/testing';
import '../product/product.js';
import './store.js';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';

const addLabel = (card: Element) => card.shadowRoot?.querySelector('.add')?.textContent?.trim();

describe('a locale named like an object member', () => {
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  beforeEach(() => {
    uncaught.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  for (const locale of ['__proto__', 'constructor']) {
    it(`renders an element with locale="${locale}" in English, throwing nothing`, async () => {
      const { shop } = testShop();
      const card = await fixture(
        html`<shoplet-product .client=${shop} locale=${locale} product="mug"></shoplet-product>`,
      );
      await until(() => addLabel(card), 'the add button');
      expect(addLabel(card)).to.equal('Add to cart');
      expect(uncaught).to.deep.equal([]);
    });

    it(`refuses <shoplet-store locale="${locale}"> as an invalid locale, throwing nothing`, async () => {
      const refused: string[] = [];
      const store = await fixture(html`<shoplet-store
        adapter="memory"
        locale=${locale}
        .products=${[makeProduct({ handle: 'mug', title: 'Mug', price: money(1800) })]}
        @shoplet-error=${(e: CustomEvent<{ field?: string }>) => refused.push(e.detail.field ?? '')}
        ><shoplet-product product="mug"></shoplet-product
      ></shoplet-store>`);
      await until(() => refused.length, 'the refusal');
      expect(refused).to.deep.equal(['options.locale']);
      expect(store.querySelector('shoplet-product')!.shadowRoot).to.exist;
      expect(uncaught).to.deep.equal([]);
    });
  }
});
