import { expect, fixture, html } from '@open-wc/testing';
import {
  createShoplet,
  type Order,
  type Shoplet,
  type ShopletAdapter,
  ShopletError,
  type StorageLike,
} from '@shoplet/core';
import { memoryAdapter, memoryStorage } from '@shoplet/core/testing';
import '../cart/cart.js';
import type { ShopletCart } from '../cart/cart.component.js';
import { shirtProduct } from '../test-utils/shop.js';
import { captureErrors, until } from '../test-utils/wait.js';
import type { ShopletCheckout } from './checkout.component.js';

/**
 * A backend whose first payment goes through but whose answer is lost (the connection drops):
 * `pay` rejects as the Vendure adapter does when it cannot tell what happened. Asking again
 * returns the order the cart became, as the adapter contract says, without paying twice.
 */
function lostAnswerBackend() {
  const memory = memoryAdapter({ products: [shirtProduct()], inlineCheckout: true, checkoutProvider: 'Demo Store' });
  const placed = new Map<string, Order>();
  let payments = 0;
  const inline = memory.inline!;
  const adapter: ShopletAdapter = {
    ...memory,
    inline: {
      ...inline,
      async pay(cartId, code) {
        const earlier = placed.get(cartId);
        if (earlier) return structuredClone(earlier);
        payments++;
        placed.set(cartId, await inline.pay(cartId, code));
        throw new ShopletError('network', 'The connection to http://127.0.0.1:3510/shop-api was reset.');
      },
      async placedOrder(cartId) {
        return structuredClone(placed.get(cartId) ?? null);
      },
    },
  };
  return { adapter, payments: () => payments };
}

const client = (adapter: ShopletAdapter, storage: StorageLike) =>
  createShoplet({ adapter, locale: 'en-GB', country: 'GB', storage, syncTabs: false });

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Runs the inline checkout up to the payment step in the drawer and presses Place order. */
async function payInDrawer(shop: Shoplet) {
  await shop.cart.add('shirt-S-Navy', 2);
  const cart = await fixture<ShopletCart>(html`<shoplet-cart .client=${shop}></shoplet-cart>`);
  shop.$cartOpen.set(true);
  (
    await until(() => cart.shadowRoot!.querySelector<HTMLButtonElement>('[part="checkout-button"]'), 'checkout')
  ).click();
  const checkout = await until(
    () => cart.shadowRoot!.querySelector<ShopletCheckout>('shoplet-checkout:not([hidden])'),
    'the checkout',
  );
  const $ = <T extends Element = HTMLElement>(sel: string) => checkout.shadowRoot!.querySelector<T>(sel);
  const next = async (title: string) => {
    $<HTMLButtonElement>('[part="next-button"]')!.click();
    await until(() => text($('#step-title')) === title, `the step "${title}"`);
  };
  const fill = (sel: string, value: string) => {
    const field = $<HTMLInputElement>(sel)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };
  await until(() => $('#email'), 'the email field');
  fill('#email', 'ana@example.com');
  await next('Shipping address');
  fill('#fullName', 'Ana Silva');
  fill('#streetLine1', '1 High Street');
  fill('#city', 'London');
  fill('#postalCode', 'N1 1AA');
  await next('Shipping method');
  await until(() => $('[part="choice"]'), 'the shipping options');
  await next('Payment');
  await until(() => $('[part="choice"]'), 'the payment options');
  $<HTMLButtonElement>('[part="next-button"]')!.click();
  return { cart, checkout, $ };
}

describe('<shoplet-checkout> when the answer to a payment is lost', () => {
  let errors: ReturnType<typeof captureErrors>;
  beforeEach(() => {
    errors = captureErrors();
  });
  afterEach(() => errors.stop());

  it('says the payment may have gone through and offers only "Check again", which shows the order', async () => {
    const backend = lostAnswerBackend();
    const shop = client(backend.adapter, memoryStorage());
    const { checkout, $ } = await payInDrawer(shop);

    const check = await until(() => $<HTMLButtonElement>('[part="check-button"]'), 'the check button');
    const message = $('[part="form-error"]')!;
    expect(text(message)).to.equal(
      'We could not confirm your payment. It may have gone through — check before paying again.',
    );
    expect(message.getAttribute('role')).to.equal('alert');
    expect($('[part="next-button"]') === null, 'no Place order').to.equal(true);
    expect($('[part="back-button"]') === null, 'no way back to pay another way').to.equal(true);
    expect(text(check)).to.equal('Check again');
    expect(errors.lines.some((l) => l.includes('[shoplet:network] <shoplet-checkout>: The connection to'))).to.equal(
      true,
    );

    check.click();
    await until(() => text($('#step-title')) === 'Thank you for your order', 'the confirmation');
    expect(text($('[part="order-code"]'))).to.equal('Order ORDER-1');
    expect(text($('[part="totals"] .grand dd'))).to.equal('£101.95');
    expect(backend.payments()).to.equal(1);

    // Starting over does not show this order again as the next checkout's.
    checkout.reset();
    await checkout.updateComplete;
    expect(checkout.step).to.equal('email');
  });

  it('after a reload, shows the confirmation of the order the payment became instead of an empty cart', async () => {
    const backend = lostAnswerBackend();
    const storage = memoryStorage();
    const before = client(backend.adapter, storage);
    const { cart: oldDrawer, $ } = await payInDrawer(before);
    await until(() => $('[part="check-button"]'), 'the lost payment');
    oldDrawer.remove();
    before.destroy();

    // The page reloads: a new client on the same storage finds the order the cart became.
    const shop = client(backend.adapter, storage);
    await until(() => shop.$lastOrder.get(), 'the recovered order');
    expect(shop.$cart.get()).to.equal(null);
    const drawer = await fixture<ShopletCart>(html`<shoplet-cart .client=${shop}></shoplet-cart>`);
    shop.$cartOpen.set(true);
    const checkout = await until(
      () => drawer.shadowRoot!.querySelector<ShopletCheckout>('shoplet-checkout:not([hidden])'),
      'the confirmation in the drawer',
    );
    const in$ = (sel: string) => checkout.shadowRoot!.querySelector(sel);
    await until(() => text(in$('#step-title')) === 'Thank you for your order', 'the confirmation');
    expect(text(in$('[part="order-code"]'))).to.equal('Order ORDER-1');
    expect(text(in$('.order-lines'))).to.equal('Linen shirt · S / Navy × 2 £98.00');
    expect(text(in$('[part="totals"] .grand dd'))).to.equal('£101.95');
    expect(drawer.shadowRoot!.querySelector('.body:not([hidden]) [part="empty"]') === null, 'no empty cart').to.equal(
      true,
    );
    expect(backend.payments()).to.equal(1);

    // Closed once, the drawer is an ordinary (empty) cart again.
    [...drawer.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => text(b) === 'Continue shopping')!
      .click();
    await until(() => !drawer.shadowRoot!.querySelector('shoplet-checkout'), 'the confirmation put away');
    shop.$cartOpen.set(true);
    await until(
      () => drawer.shadowRoot!.querySelector('dialog[open] .body:not([hidden]) [part="empty"]'),
      'the empty cart',
    );
  });
});
