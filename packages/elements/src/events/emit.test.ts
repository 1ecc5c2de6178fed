import { expect, fixture, html } from '@open-wc/testing';
import { toMajorUnits } from '../internal/major-units.js';
import { emit } from './emit.js';

describe('emit', () => {
  it('dispatches a typed event that bubbles out of shadow roots and reports preventDefault', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    let seen: unknown;
    const onActivate = (e: HTMLElementEventMap['shoplet-tag-activate']) => {
      seen = e.detail.productHandle;
      e.preventDefault();
    };
    document.addEventListener('shoplet-tag-activate', onActivate);
    const proceed = emit(
      inner,
      'shoplet-tag-activate',
      {
        productHandle: 'mug',
        productId: null,
        productTitle: null,
        price: null,
        currency: null,
        x: 0.1,
        y: 0.2,
        index: 0,
      },
      { cancelable: true },
    );
    document.removeEventListener('shoplet-tag-activate', onActivate);
    expect(seen).to.equal('mug');
    expect(proceed).to.equal(false);
  });

  it('converts minor units per currency for analytics', () => {
    expect(toMajorUnits({ amount: 1299, currencyCode: 'GBP' })).to.equal(12.99);
    expect(toMajorUnits({ amount: 1299, currencyCode: 'JPY' })).to.equal(1299);
    expect(toMajorUnits({ amount: 1299, currencyCode: 'KWD' })).to.equal(1.299);
  });
});
