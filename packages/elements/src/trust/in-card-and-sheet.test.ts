import { expect, fixture, html } from '@open-wc/testing';
import { createShoplet, type DeliveryPolicy, withTrust } from '@shoplet/core';
import { makeProduct, memoryAdapter, memoryStorage } from '@shoplet/core/testing';
import '../product/product.js';
import { openSheet } from '../sheet/open-sheet.js';
import { expectAccessible } from '../test-utils/axe.js';
import { until } from '../test-utils/wait.js';

const policy: DeliveryPolicy = {
  timeZone: 'Europe/London',
  cutoff: '14:00',
  processingDays: 0,
  workDays: [1, 2, 3, 4, 5],
  holidays: [],
  transit: { '*': [1, 3] },
};

function client() {
  const adapter = memoryAdapter({
    products: [
      makeProduct({ handle: 'mug', title: 'Stoneware mug', images: [], reviews: { rating: 4.5, scale: 5, count: 12 } }),
    ],
    deliveryPolicy: policy,
    checkoutProvider: 'Shopify',
  });
  return withTrust(createShoplet({ adapter, locale: 'en-GB', storage: memoryStorage(), syncTabs: false }), {
    returns: { summary: 'Free returns within 30 days', url: '/returns' },
  });
}

const inner = (host: Element, sel: string) => host.shadowRoot!.querySelector<HTMLElement>(sel);

describe('trust, delivery and sharing in the card and the sheet', () => {
  afterEach(() => {
    for (const sheet of document.querySelectorAll('shoplet-sheet')) sheet.remove();
  });

  it('the card shows the delivery promise and a share button for its product', async () => {
    const shop = client();
    const card = await fixture(html`<shoplet-product .client=${shop} product="mug"></shoplet-product>`);
    const promise = await until(() => inner(card, 'shoplet-delivery-promise'), 'the delivery promise');
    await until(() => inner(promise, '[part="base"]'), 'the promise text');
    expect(inner(promise, '[part="base"]')!.textContent).to.match(/Arrives|Order within/);
    const share = inner(card, 'shoplet-share')!;
    expect(share.getAttribute('product')).to.equal('mug');
    await until(() => inner(share, '[part="button"]')?.textContent?.includes('Stoneware mug'), 'the share label');
    await expectAccessible(card);
  });

  it('the sheet shows the delivery promise, a share button and the trust strip', async () => {
    const shop = client();
    await openSheet('mug', { client: shop });
    const sheet = document.querySelector('shoplet-sheet')!;
    const strip = await until(() => inner(sheet, 'shoplet-trust-strip'), 'the trust strip');
    await until(() => inner(strip, '[part~="reviews"]'), 'the reviews');
    const items = [...strip.shadowRoot!.querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.deep.equal([
      '4.5 (12) Rated 4.5 out of 5 from 12 reviews',
      'Secure checkout by Shopify',
      'Shoplet never sees your card details',
      'Free returns within 30 days · Return policy',
    ]);
    expect(inner(sheet, 'shoplet-share')).to.exist;
    const promise = inner(sheet, 'shoplet-delivery-promise')!;
    await until(() => inner(promise, '[part="base"]'), 'the promise text');
    await expectAccessible(sheet);
  });
});
