import { expect, fixture, html } from '@open-wc/testing';
import { createShoplet, ShopletError } from '@shoplet/core';
import { makeProduct, memoryAdapter, memoryStorage, money } from '@shoplet/core/testing';
import '../cart/cart.js';
import type { ShopletCart } from '../cart/cart.component.js';
import type { ShopletCheckoutEvent } from '../events/checkout.js';
import { expectAccessible } from '../test-utils/axe.js';
import { shirtProduct } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';
import type { ShopletCheckout } from './checkout.component.js';

function makeShop(o: { inline?: boolean; provider?: string } = {}) {
  const adapter = memoryAdapter({
    products: [shirtProduct(), makeProduct({ handle: 'mug', title: 'Stoneware mug', price: money(1800) })],
    inlineCheckout: o.inline ?? false,
    checkoutProvider: o.provider ?? 'Demo Store',
    shippingOptions: [
      { id: 'standard', name: 'Standard', price: money(395), minDays: 2, maxDays: 4 },
      { id: 'express', name: 'Express', price: money(995), minDays: 1, maxDays: 1 },
    ],
  });
  const shop = createShoplet({ adapter, locale: 'en-GB', country: 'GB', storage: memoryStorage(), syncTabs: false });
  return { shop, adapter };
}

type Shop = ReturnType<typeof makeShop>['shop'];

/** Fails the next call of an inline checkout step (the memory adapter counts every step by name). */
function failStep(adapter: ReturnType<typeof makeShop>['adapter'], step: `inline.${string}`, error: Error) {
  adapter.failNext(step as 'inline.pay', error);
}
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Opens the drawer with a line in the cart and goes to the checkout. */
async function toCheckout(shop: Shop, navigate?: (url: string) => void) {
  await shop.cart.add('shirt-S-Navy', 2);
  const events: ShopletCheckoutEvent[] = [];
  const cart = await fixture<ShopletCart>(
    html`<shoplet-cart .client=${shop} .navigate=${navigate ?? (() => {})}></shoplet-cart>`,
  );
  cart.addEventListener('shoplet-checkout', (e) => events.push(e));
  shop.$cartOpen.set(true);
  const button = await until(
    () => cart.shadowRoot!.querySelector<HTMLButtonElement>('[part="checkout-button"]'),
    'the checkout button',
  );
  button.click();
  const checkout = await until(
    () => cart.shadowRoot!.querySelector<ShopletCheckout>('shoplet-checkout:not([hidden])'),
    'the checkout',
  );
  await checkout.updateComplete;
  const $ = <T extends Element = HTMLElement>(sel: string) => checkout.shadowRoot!.querySelector<T>(sel);
  return { cart, checkout, $, events };
}

function fill(el: HTMLInputElement | HTMLSelectElement | null, value: string) {
  if (!el) throw new Error('no such field');
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input'));
}

async function next(checkout: ShopletCheckout, title: string) {
  checkout.shadowRoot!.querySelector<HTMLButtonElement>('[part="next-button"]')!.click();
  await until(() => text(checkout.shadowRoot!.querySelector('#step-title')) === title, `the step "${title}"`);
  await checkout.updateComplete;
}

async function fillAddress($: <T extends Element = HTMLElement>(sel: string) => T | null) {
  fill($('#fullName'), 'Ana Silva');
  fill($('#streetLine1'), '1 High Street');
  fill($('#city'), 'London');
  fill($('#postalCode'), 'N1 1AA');
}

describe('<shoplet-checkout> in the cart drawer', () => {
  it('hands off to the provider: explains it, shows the trust line, emits shoplet-checkout and navigates', async () => {
    const { shop } = makeShop({ provider: 'Shopify' });
    const navigated: string[] = [];
    const { cart, checkout, $, events } = await toCheckout(shop, (url) => navigated.push(url));
    expect(checkout.step).to.equal('handoff');
    expect(text($('[part="handoff-text"]'))).to.equal(
      "You will pay on Shopify's secure checkout. Shoplet never sees your card details.",
    );
    expect(text($('[part="trust"]'))).to.equal('Secure checkout by Shopify · Shoplet never sees card details');
    expect(text(cart.shadowRoot!.querySelector('#cart-title'))).to.equal('Checkout');
    await expectAccessible(cart);
    expect(events).to.have.length(0);
    const go = $<HTMLButtonElement>('[part="continue-button"]')!;
    expect(text(go)).to.equal('Continue to Shopify');
    go.click();
    await until(() => navigated.length === 1, 'the navigation');
    expect(navigated[0]).to.match(/^https:\/\/checkout\.example\/memory-cart-\d+$/);
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.include({ kind: 'redirect', provider: 'Shopify', itemCount: 2, value: 98 });
    expect(events[0]!.detail.currency).to.equal('GBP');
  });

  it('goes back to the cart from the hand-off step, focusing the checkout button', async () => {
    const { shop } = makeShop({ provider: 'Shopify' });
    const { cart } = await toCheckout(shop);
    cart.shadowRoot!.querySelector<HTMLButtonElement>('[part="back-button"]')!.click();
    const button = await until(
      () => cart.shadowRoot!.querySelector<HTMLButtonElement>('[part="checkout-button"]:not([hidden])'),
      'the cart view',
    );
    await until(() => cart.shadowRoot!.activeElement === button, 'focus on the checkout button');
    expect(text(cart.shadowRoot!.querySelector('#cart-title'))).to.equal('Your cart');
  });

  it('runs the whole inline checkout to an order code, accessible at every step', async () => {
    const { shop, adapter } = makeShop({ inline: true });
    const { cart, checkout, $, events } = await toCheckout(shop);

    // Email
    expect(checkout.step).to.equal('email');
    await until(() => events.length === 1, 'shoplet-checkout on start');
    expect(events[0]!.detail).to.include({ kind: 'inline', provider: 'Demo Store', itemCount: 2, value: 98 });
    const email = $<HTMLInputElement>('#email')!;
    expect(email.type).to.equal('email');
    expect(email.autocomplete).to.equal('email');
    expect(text($('label[for="email"]'))).to.equal('Email');
    expect(text($('.step-count'))).to.equal('Step 1 of 4');
    expect(text($('[part="trust"]'))).to.equal('Secure checkout by Demo Store · Shoplet never sees card details');
    await expectAccessible(cart);
    fill(email, 'ana@example.com');
    await next(checkout, 'Shipping address');

    // Address: labelled fields with autofill tokens
    const tokens = Object.fromEntries(
      [...checkout.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((f) => [
        f.id,
        f.getAttribute('autocomplete'),
      ]),
    );
    expect(tokens).to.deep.equal({
      fullName: 'name',
      streetLine1: 'address-line1',
      streetLine2: 'address-line2',
      city: 'address-level2',
      postalCode: 'postal-code',
      countryCode: 'country',
      phoneNumber: 'tel',
    });
    for (const id of Object.keys(tokens)) expect($(`label[for="${id}"]`), `label for ${id}`).to.exist;
    expect($<HTMLSelectElement>('#countryCode')!.value).to.equal('GB');
    expect($<HTMLInputElement>('#phoneNumber')!.type).to.equal('tel');
    await expectAccessible(cart);
    await fillAddress($);
    await next(checkout, 'Shipping method');

    // Shipping: price and delivery window from minDays/maxDays
    await until(() => $('[part="choice"]'), 'the shipping options');
    const choices = [...checkout.shadowRoot!.querySelectorAll('[part="choice"]')].map(text);
    expect(choices).to.deep.equal([
      'Standard £3.95 Arrives in 2–4 working days',
      'Express £9.95 Arrives in 1 working day',
    ]);
    await expectAccessible(cart);
    checkout.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[1]!.click();

    // Back keeps what was typed, and the choice survives the round trip.
    $<HTMLButtonElement>('[part="back-button"]')!.click();
    await until(() => text($('#step-title')) === 'Shipping address', 'back to the address');
    expect($<HTMLInputElement>('#fullName')!.value).to.equal('Ana Silva');
    expect($<HTMLInputElement>('#postalCode')!.value).to.equal('N1 1AA');
    await next(checkout, 'Shipping method');
    await until(() => $('[part="choice"]'), 'the shipping options again');
    expect(checkout.shadowRoot!.querySelector<HTMLInputElement>('input[value="express"]')!.checked).to.equal(true);
    await next(checkout, 'Payment');

    // Payment: the backend's method, test mode, no card; totals with shipping
    await until(() => $('[part="choice"]'), 'the payment options');
    expect(text($('[part="choice"]'))).to.equal('Demo payment (test mode, no card) No card details needed.');
    const rows = [...checkout.shadowRoot!.querySelectorAll('[part="totals"] div')].map((row) =>
      [...row.children].map(text).join(' '),
    );
    expect(rows).to.deep.equal(['Subtotal £98.00', 'Shipping £9.95', 'Total £107.95']);
    expect(text($('[part="next-button"]'))).to.equal('Place order · £107.95');
    await expectAccessible(cart);
    await next(checkout, 'Thank you for your order');

    // Confirmation
    expect(text($('[part="order-code"]'))).to.equal('Order ORDER-1');
    expect(text(checkout.shadowRoot!.querySelector('.done'))).to.contain(
      'A confirmation is on its way to ana@example.com.',
    );
    expect(text($('[part="totals"] .grand dd'))).to.equal('£107.95');
    expect(adapter.orders).to.have.length(1);
    expect(shop.$cart.get()).to.equal(null);
    expect(cart.shadowRoot!.querySelector('[part="back-button"]') === null).to.equal(true);
    await expectAccessible(cart);

    // Closing after the order starts the next visit on an empty cart.
    const more = [...cart.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => text(b) === 'Continue shopping',
    )!;
    more.click();
    await until(() => !cart.shadowRoot!.querySelector('shoplet-checkout'), 'the checkout put away');
    shop.$cartOpen.set(true);
    await until(
      () => cart.shadowRoot!.querySelector('dialog[open] .body:not([hidden]) [part="empty"]'),
      'the empty cart',
    );
    expect(text(cart.shadowRoot!.querySelector('#cart-title'))).to.equal('Your cart');
  });

  it('shows each error at the field it names and keeps what was typed', async () => {
    const { shop, adapter } = makeShop({ inline: true });
    const { checkout, $ } = await toCheckout(shop);
    const root = checkout.shadowRoot!;

    // Checked in the browser first.
    fill($('#email'), 'not-an-email');
    $<HTMLButtonElement>('[part="next-button"]')!.click();
    await until(() => $('#email-error'), 'the email error');
    expect(text($('#email-error'))).to.equal('Enter an email address like name@example.com.');
    expect($('#email')!.getAttribute('aria-invalid')).to.equal('true');
    expect($('#email')!.getAttribute('aria-describedby')).to.equal('email-hint email-error');
    expect(root.activeElement === $('#email'), 'focus on the email field').to.equal(true);
    await expectAccessible(checkout);

    // Refused by the backend, shown at the field it names.
    fill($('#email'), 'ana@example.com');
    await checkout.updateComplete;
    expect($('#email-error') === null, 'the error cleared while typing').to.equal(true);
    failStep(
      adapter,
      'inline.setContact',
      new ShopletError('invalid_input', 'This address is blocked.', { field: 'email' }),
    );
    $<HTMLButtonElement>('[part="next-button"]')!.click();
    await until(
      () => text($('#email-error')) === 'The shop did not accept this email address. Check it or use another one.',
      'the backend email error',
    );
    expect($<HTMLInputElement>('#email')!.value).to.equal('ana@example.com');
    await next(checkout, 'Shipping address');

    // A required field left empty.
    await fillAddress($);
    fill($('#city'), '');
    $<HTMLButtonElement>('[part="next-button"]')!.click();
    await until(() => $('#city-error'), 'the city error');
    expect(text($('#city-error'))).to.equal('Fill in City.');
    expect(root.activeElement === $('#city'), 'focus on the city field').to.equal(true);

    // The backend names a nested field (address.postalCode).
    fill($('#city'), 'London');
    failStep(
      adapter,
      'inline.setShippingAddress',
      new ShopletError('invalid_input', 'We do not deliver to this postcode.', { field: 'address.postalCode' }),
    );
    $<HTMLButtonElement>('[part="next-button"]')!.click();
    await until(() => $('#postalCode-error'), 'the postcode error');
    expect(text($('#postalCode-error'))).to.equal('The shop did not accept this. Check it and try again.');
    expect($('#postalCode')!.getAttribute('aria-describedby')).to.equal('postalCode-error');
    expect(root.activeElement === $('#postalCode'), 'focus on the postcode field').to.equal(true);
    expect($<HTMLInputElement>('#fullName')!.value).to.equal('Ana Silva');
    expect($<HTMLInputElement>('#streetLine1')!.value).to.equal('1 High Street');
    await expectAccessible(checkout);
    await next(checkout, 'Shipping method');
    await until(() => $('[part="choice"]'), 'the shipping options');

    // A failure that names no field is shown for the step, and the choice is kept.
    root.querySelector<HTMLInputElement>('input[value="express"]')!.click();
    failStep(adapter, 'inline.setShippingOption', new ShopletError('network', 'The network is unreachable.'));
    $<HTMLButtonElement>('[part="next-button"]')!.click();
    await until(() => text($('[part="form-error"]')), 'the step error');
    expect($('[part="form-error"]')!.getAttribute('role')).to.equal('alert');
    expect(text($('[part="form-error"]'))).to.equal(
      'That did not work: We could not reach the shop. Check your connection and try again.',
    );
    expect(root.querySelector<HTMLInputElement>('input[value="express"]')!.checked).to.equal(true);
    await next(checkout, 'Payment');
    await until(() => $('[part="choice"]'), 'the payment options');

    // Payment refused: shown at the payment choices.
    adapter.failNext(
      'inline.pay',
      new ShopletError('backend', 'The payment was declined.', { field: 'paymentMethod' }),
    );
    $<HTMLButtonElement>('[part="next-button"]')!.click();
    await until(() => $('#payment-error'), 'the payment error');
    expect(text($('#payment-error'))).to.equal(
      'The payment did not go through. Choose another payment method or try again.',
    );
    expect($('[part="choices"]')!.getAttribute('aria-describedby')).to.equal('payment-error');
    await expectAccessible(checkout);
    await next(checkout, 'Thank you for your order');
    expect(text($('[part="order-code"]'))).to.equal('Order ORDER-1');
  });

  it('sends the shopper back to the step a late error belongs to', async () => {
    const { shop, adapter } = makeShop({ inline: true });
    const { checkout, $ } = await toCheckout(shop);
    fill($('#email'), 'ana@example.com');
    await next(checkout, 'Shipping address');
    await fillAddress($);
    await next(checkout, 'Shipping method');
    await until(() => $('[part="choice"]'), 'the shipping options');
    await next(checkout, 'Payment');
    await until(() => $('[part="choice"]'), 'the payment options');
    adapter.failNext('inline.pay', new ShopletError('invalid_input', 'This email cannot order.', { field: 'email' }));
    $<HTMLButtonElement>('[part="next-button"]')!.click();
    await until(() => text($('#step-title')) === 'Contact', 'the email step');
    await checkout.updateComplete;
    expect(text($('#email-error'))).to.equal(
      'The shop did not accept this email address. Check it or use another one.',
    );
    expect($<HTMLInputElement>('#email')!.value).to.equal('ana@example.com');
  });
});
