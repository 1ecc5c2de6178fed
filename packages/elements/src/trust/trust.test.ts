import { expect, fixture, html } from '@open-wc/testing';
import { createShoplet, type Shoplet, withTrust } from '@shoplet/core';
import { makeProduct, memoryAdapter, memoryStorage } from '@shoplet/core/testing';
import './trust.js';
import { expectAccessible } from '../test-utils/axe.js';
import { until } from '../test-utils/wait.js';
import type { ShopletTrustStrip } from './trust.component.js';

function client(options: { locale?: string; provider?: string; returns?: { summary: string; url?: string } } = {}) {
  const adapter = memoryAdapter({
    products: [
      makeProduct({ handle: 'linen-shirt', title: 'Linen shirt', reviews: { rating: 4.6, scale: 5, count: 128 } }),
      makeProduct({ handle: 'new-mug', title: 'New mug', reviews: null }),
      makeProduct({ handle: 'one-review', title: 'Lamp', reviews: { rating: 5, scale: 5, count: 1 } }),
    ],
    ...(options.provider === undefined ? {} : { checkoutProvider: options.provider }),
  });
  const shop = createShoplet({ adapter, locale: options.locale ?? 'en-GB', storage: memoryStorage(), syncTabs: false });
  // Return policies are part of the trust extension; a plain client has none.
  return options.returns ? withTrust(shop, { returns: options.returns }) : shop;
}

const parts = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.getAttribute('part')!.replace('item ', ''));
const partText = (el: Element, part: string) =>
  el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

async function strip(shop: Shoplet | undefined, props: Partial<ShopletTrustStrip> = {}) {
  const el = await fixture<ShopletTrustStrip>(html`<shoplet-trust-strip .client=${shop}></shoplet-trust-strip>`);
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

describe('<shoplet-trust-strip>', () => {
  it("shows the adapter's checkout provider and the card-details statement, and nothing else when nothing else is known", async () => {
    const el = await strip(client({ provider: 'Shopify' }));
    expect(parts(el)).to.deep.equal(['payment', 'card-details']);
    expect(partText(el, 'payment')).to.equal('Secure checkout by Shopify');
    expect(partText(el, 'card-details')).to.equal('Shoplet never sees your card details');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.equal('Buying with confidence');
    await expectAccessible(el);
  });

  it('shows the return policy from the client configuration, with its link', async () => {
    const el = await strip(
      client({ provider: 'Shopify', returns: { summary: 'Free returns within 30 days', url: '/returns' } }),
    );
    expect(parts(el)).to.deep.equal(['payment', 'card-details', 'returns']);
    expect(partText(el, 'returns')).to.equal('Free returns within 30 days · Return policy');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="returns-link"]')!;
    expect(link.href).to.equal(new URL('/returns', document.baseURI).href);
    await expectAccessible(el);
  });

  it('prefers configured properties and attributes over the client, and never links a javascript: URL', async () => {
    const el = await fixture<ShopletTrustStrip>(html`<shoplet-trust-strip
      .client=${client({ provider: 'Shopify', returns: { summary: 'From the client' } })}
      provider="Stripe"
      returns-summary="Returns within 14 days"
      returns-url="javascript:alert(1)"
    ></shoplet-trust-strip>`);
    expect(partText(el, 'payment')).to.equal('Secure checkout by Stripe');
    expect(partText(el, 'returns')).to.equal('Returns within 14 days');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    el.returns = { summary: 'Free returns for 60 days', url: 'https://brand.example/returns' };
    await el.updateComplete;
    expect(partText(el, 'returns')).to.equal('Free returns for 60 days · Return policy');
  });

  it('shows the review summary with an accessible sentence when the product has reviews', async () => {
    const shop = client({ provider: 'Shopify' });
    const el = await strip(shop, { product: 'linen-shirt' });
    await until(() => el.shadowRoot!.querySelector('[part~="reviews"]'), 'the reviews');
    expect(parts(el)).to.deep.equal(['reviews', 'payment', 'card-details']);
    expect(el.shadowRoot!.querySelector('[part~="reviews"] .vh')!.textContent).to.equal(
      'Rated 4.6 out of 5 from 128 reviews',
    );
    expect(el.shadowRoot!.querySelector<HTMLElement>('.stars')!.style.getPropertyValue('--_fill')).to.equal('92%');
    await expectAccessible(el);

    const one = await strip(shop, { product: 'one-review' });
    await until(() => one.shadowRoot!.querySelector('[part~="reviews"]'), 'the single review');
    expect(one.shadowRoot!.querySelector('[part~="reviews"] .vh')!.textContent).to.equal(
      'Rated 5 out of 5 from 1 review',
    );
  });

  it('leaves reviews out for a product without them or with an impossible summary', async () => {
    const shop = client({ provider: 'Shopify' });
    const el = await strip(shop, { product: 'new-mug' });
    await until(() => shop.products.store('new-mug').get().status === 'ready', 'the mug');
    await el.updateComplete;
    expect(parts(el)).to.deep.equal(['payment', 'card-details']);
    el.reviews = { rating: 7, scale: 5, count: 3 };
    await el.updateComplete;
    expect(parts(el)).to.deep.equal(['payment', 'card-details']);
    el.reviews = { rating: 4, scale: 5, count: 0 };
    await el.updateComplete;
    expect(parts(el)).to.deep.equal(['payment', 'card-details']);
  });

  it('speaks German and Japanese', async () => {
    const de = await strip(client({ locale: 'de-DE', provider: 'Shopify' }), { product: 'linen-shirt' });
    await until(() => de.shadowRoot!.querySelector('[part~="reviews"]'), 'the reviews');
    expect(partText(de, 'payment')).to.equal('Sicherer Checkout über Shopify');
    expect(de.shadowRoot!.querySelector('[part~="reviews"] .vh')!.textContent).to.equal(
      'Bewertet mit 4,6 von 5 aus 128 Bewertungen',
    );
    const ja = await strip(client({ locale: 'ja-JP', provider: 'Shopify' }), { product: 'linen-shirt' });
    await until(() => ja.shadowRoot!.querySelector('[part~="reviews"]'), 'the reviews');
    expect(partText(ja, 'payment')).to.equal('Shopifyによる安全な決済');
    expect(ja.shadowRoot!.querySelector('[part~="reviews"] .vh')!.textContent).to.equal('128件のレビューで5点中4.6点');
    await expectAccessible(ja);
  });

  it('renders nothing when nothing is known', async () => {
    const el = await strip(undefined);
    expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});
