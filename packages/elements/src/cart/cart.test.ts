import { expect, fixture, html } from '@open-wc/testing';
import { createShoplet, type Product, ShopletError } from '@shoplet/core';
import { makeProduct, memoryAdapter, memoryStorage, money } from '@shoplet/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../cart-button/cart-button.js';
import './cart.js';
import type { StorageLike } from '@shoplet/core';
import { expectAccessible } from '../test-utils/axe.js';
import { shirtProduct } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';
import type { ShopletCart } from './cart.component.js';

const mug = () => makeProduct({ handle: 'mug', title: 'Stoneware mug', price: money(1800) });

function makeShop(o: { storage?: StorageLike; latencyMs?: number; products?: Product[]; locale?: string } = {}) {
  const adapter = memoryAdapter({
    products: o.products ?? [shirtProduct(), mug()],
    discounts: { WELCOME10: 10 },
    ...(o.latencyMs ? { latencyMs: o.latencyMs } : {}),
  });
  const shop = createShoplet({
    adapter,
    locale: o.locale ?? 'en-GB',
    storage: o.storage ?? memoryStorage(),
    syncTabs: false,
  });
  return { shop, adapter };
}

type Shop = ReturnType<typeof makeShop>['shop'];

async function mount(shop: Shop) {
  const root = await fixture(html`<div>
    <button id="outside">Outside</button>
    <shoplet-cart-button .client=${shop}></shoplet-cart-button>
    <shoplet-cart .client=${shop}></shoplet-cart>
  </div>`);
  const button = root.querySelector('shoplet-cart-button')!;
  const cart = root.querySelector<ShopletCart>('shoplet-cart')!;
  await cart.updateComplete;
  return { root, button, cart };
}

const $ = <T extends Element = HTMLElement>(cart: ShopletCart, sel: string) => cart.shadowRoot!.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(cart: ShopletCart, sel: string) => [
  ...cart.shadowRoot!.querySelectorAll<T>(sel),
];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

async function openWith(shop: Shop, cart: ShopletCart) {
  shop.$cartOpen.set(true);
  await until(() => $<HTMLDialogElement>(cart, 'dialog')?.open, 'the drawer to open');
}

describe('<shoplet-cart>', () => {
  it('opens from the button with the keyboard, keeps Tab inside, and Escape returns focus to the button', async () => {
    const { shop } = makeShop();
    await shop.cart.add('shirt-S-Sand', 1);
    const { button, cart } = await mount(shop);
    const inner = button.shadowRoot!.querySelector('button')!;
    inner.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => $<HTMLDialogElement>(cart, 'dialog[open]'), 'the drawer');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(shop.$cartOpen.get()).to.equal(true);
    expect(inner.getAttribute('aria-expanded')).to.equal('true');

    // Every Tab stop is inside the drawer; the page behind it (the "Outside" button) is inert.
    const stops = new Set<string>();
    for (let i = 0; i < 14; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      expect(active?.id).not.to.equal('outside');
      if (active && active !== document.body) {
        expect(cart.shadowRoot!.contains(active) || cart.contains(active), `Tab ${i} left the drawer`).to.equal(true);
        stops.add(active.getAttribute('part') ?? active.id ?? active.localName);
      }
    }
    expect([...stops]).to.include.members(['close-button', 'stepper-button', 'quantity-input', 'checkout-button']);

    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the drawer to close');
    expect(shop.$cartOpen.get()).to.equal(false);
    expect(button.shadowRoot!.activeElement === inner, 'focus back on the cart button').to.equal(true);
  });

  it('shows the lines with image, options, unit price and totals, and is accessible', async () => {
    const { shop } = makeShop();
    await shop.cart.add('shirt-S-Sand', 2);
    await shop.cart.add('mug:default', 1);
    const { cart } = await mount(shop);
    await openWith(shop, cart);
    const lines = $$(cart, '[part="line"]');
    expect(lines).to.have.length(2);
    expect(text(lines[0]!.querySelector('[part="line-title"]'))).to.equal('Linen shirt');
    expect(text(lines[0]!.querySelector('[part="line-options"]'))).to.equal('Size: S · Colour: Sand');
    expect(text(lines[0]!)).to.contain('£49.00 each');
    expect(text(lines[0]!.querySelector('[part="line-total"]'))).to.equal('£98.00');
    expect(lines[0]!.querySelector('img')!.alt).to.equal('Linen shirt, front');
    expect(lines[1]!.querySelector('img')!.alt).to.equal('Stoneware mug');
    expect(text($(cart, '[part="subtotal"]'))).to.equal('£116.00');
    expect(text($(cart, '[part="total"]'))).to.equal('£116.00');
    const input = lines[0]!.querySelector('input')!;
    expect(input.getAttribute('aria-label')).to.equal('Quantity of Linen shirt');
    // Who takes the payment, under the checkout button.
    const trust = $(cart, '[part="footer"] shoplet-trust-strip')!;
    await until(() => text(trust.shadowRoot?.querySelector('[part~="payment"]') ?? null), 'the trust strip');
    expect(text(trust.shadowRoot!.querySelector('[part~="payment"]'))).to.contain('Demo Store');
    await expectAccessible(cart);
  });

  it('shows the empty state, accessible, with a way back to the page', async () => {
    const { shop } = makeShop();
    const { cart } = await mount(shop);
    await openWith(shop, cart);
    expect(text($(cart, '[part="empty"]'))).to.contain('Your cart is empty.');
    expect($(cart, '[part="checkout-button"]')).to.equal(null);
    await expectAccessible(cart);
    $<HTMLButtonElement>(cart, '[part="empty"] button')!.click();
    await until(() => !shop.$cartOpen.get(), 'closed');
  });

  it('changes quantities with the stepper buttons and the number input', async () => {
    const { shop } = makeShop();
    await shop.cart.add('shirt-S-Navy', 1);
    const { cart } = await mount(shop);
    await openWith(shop, cart);
    const plus = () => $<HTMLButtonElement>(cart, '.increase')!;
    const minus = () => $<HTMLButtonElement>(cart, '.decrease')!;
    expect(minus().getAttribute('aria-label')).to.equal('Remove Linen shirt');
    expect(plus().getAttribute('aria-label')).to.equal('Increase quantity of Linen shirt');
    plus().click();
    await until(() => shop.$cart.get()?.totalQuantity === 2 && shop.$cartStatus.get() === 'idle', 'quantity 2');
    await cart.updateComplete;
    expect($<HTMLInputElement>(cart, '[part="quantity-input"]')!.value).to.equal('2');
    expect(minus().getAttribute('aria-label')).to.equal('Decrease quantity of Linen shirt');
    const input = $<HTMLInputElement>(cart, '[part="quantity-input"]')!;
    input.value = '5';
    input.dispatchEvent(new Event('change'));
    await until(() => shop.$cart.get()?.totalQuantity === 5 && shop.$cartStatus.get() === 'idle', 'quantity 5');
    minus().click();
    await until(() => shop.$cart.get()?.totalQuantity === 4 && shop.$cartStatus.get() === 'idle', 'quantity 4');
    await cart.updateComplete;
    expect(text($(cart, '[part="line-total"]'))).to.equal('£196.00');
    // Nonsense in the box puts the real quantity back without touching the cart.
    input.value = '-3';
    input.dispatchEvent(new Event('change'));
    expect(input.value).to.equal('4');
  });

  it('removes a line with a polite "Removed … — Undo" that restores the same variant and quantity', async () => {
    const { shop } = makeShop();
    await shop.cart.add('shirt-M-Navy', 2);
    await shop.cart.add('mug:default', 1);
    const { cart } = await mount(shop);
    await openWith(shop, cart);
    $<HTMLButtonElement>(cart, '[data-variant="shirt-M-Navy"] [part="remove-button"]')!.click();
    await until(() => shop.$cart.get()?.lines.length === 1 && shop.$cartStatus.get() === 'idle', 'the line removed');
    await cart.updateComplete;
    const notice = $(cart, '[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(text(notice)).to.equal('Removed Linen shirt — Undo');
    const undo = $<HTMLButtonElement>(cart, '[part="undo-button"]')!;
    expect(cart.shadowRoot!.activeElement === undo, 'focus on Undo').to.equal(true);
    await expectAccessible(cart);
    undo.click();
    await until(() => shop.$cart.get()?.lines.length === 2 && shop.$cartStatus.get() === 'idle', 'the line back');
    const line = shop.$cart.get()!.lines.find((l) => l.variantId === 'shirt-M-Navy')!;
    expect(line.quantity).to.equal(2);
    await cart.updateComplete;
    expect(text(notice)).to.equal('');
    await until(
      () => cart.shadowRoot!.activeElement === $(cart, '[data-variant="shirt-M-Navy"] input'),
      'focus on the restored line',
    );
  });

  it('applies a valid discount code, lists it with a remove button, and lowers the total', async () => {
    const { shop } = makeShop();
    await shop.cart.add('shirt-S-Navy', 2);
    const { cart } = await mount(shop);
    await openWith(shop, cart);
    const input = $<HTMLInputElement>(cart, '#discount-code')!;
    expect(text($(cart, 'label[for="discount-code"]'))).to.equal('Discount code');
    input.value = 'WELCOME10';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(cart, '[part="discount-button"]')!.click();
    await until(() => $(cart, '[part="discount-code"]'), 'the applied code');
    expect(text($(cart, '[part="discount-code"] span'))).to.equal('WELCOME10');
    expect(text($(cart, '.discount-amount'))).to.contain('−£9.80');
    expect(text($(cart, '[part="total"]'))).to.equal('£88.20');
    expect(input.value).to.equal('');
    await expectAccessible(cart);
    $<HTMLButtonElement>(cart, '[aria-label="Remove discount WELCOME10"]')!.click();
    await until(() => !$(cart, '[part="discount-code"]'), 'the code removed');
    expect(text($(cart, '[part="total"]'))).to.equal('£98.00');
  });

  it("shows an invalid code's error from the backend at the field, keeping what was typed", async () => {
    const { shop } = makeShop();
    await shop.cart.add('shirt-S-Navy', 1);
    const { cart } = await mount(shop);
    await openWith(shop, cart);
    const input = $<HTMLInputElement>(cart, '#discount-code')!;
    input.value = 'NOPE';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(cart, '[part="discount-button"]')!.click();
    const error = await until(() => $(cart, '#discount-error'), 'the discount error');
    expect(text(error)).to.equal('This code cannot be used for this order.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('discount-error');
    expect(input.value).to.equal('NOPE');
    expect(cart.shadowRoot!.activeElement === input, 'focus on the code field').to.equal(true);
    // The banner is for the cart as a whole; this error belongs to the field.
    expect(text($(cart, '[part="error"]'))).to.equal('');
    await expectAccessible(cart);
  });

  it('shows the rollback message when the backend refuses a change, and Retry clears it', async () => {
    const { shop, adapter } = makeShop({ latencyMs: 20 });
    await shop.cart.add('shirt-S-Sand', 4);
    const { cart } = await mount(shop);
    await openWith(shop, cart);
    adapter.failNext('updateLines', new ShopletError('out_of_stock', 'Only 4 of Linen shirt (S / Sand) left.'));
    $<HTMLButtonElement>(cart, '.increase')!.click();
    // Shown at once (optimistic), then rolled back when the backend says no.
    await until(() => $<HTMLInputElement>(cart, '[part="quantity-input"]')!.value === '5', 'the optimistic 5');
    const banner = await until(() => $(cart, '[part="error"].shown'), 'the rollback message');
    expect(banner.getAttribute('role')).to.equal('alert');
    expect(text(banner)).to.contain('Could not change the quantity. There is not enough of this in stock.');
    expect($<HTMLInputElement>(cart, '[part="quantity-input"]')!.value).to.equal('4');
    expect(shop.$cart.get()!.totalQuantity).to.equal(4);
    await expectAccessible(cart);
    $<HTMLButtonElement>(cart, '[part="retry-button"]')!.click();
    await until(() => !$(cart, '[part="error"].shown'), 'the banner gone');
  });

  it('shows the rollback message when adding is refused', async () => {
    const { shop, adapter } = makeShop();
    await shop.cart.add('mug:default', 1);
    const { cart } = await mount(shop);
    await openWith(shop, cart);
    adapter.failNext('addLines', new ShopletError('out_of_stock', 'Linen shirt (M / Sand) is sold out.'));
    await shop.cart.add('shirt-S-Navy', 1).catch(() => {});
    const banner = await until(() => $(cart, '[part="error"].shown'), 'the rollback message');
    expect(text(banner)).to.contain('Could not add the item. There is not enough of this in stock.');
    expect($$(cart, '[part="line"]')).to.have.length(1);
  });

  it('shows a load error with Retry when restoring fails, and Retry loads the cart', async () => {
    const storage = memoryStorage();
    const first = makeShop({ storage });
    await first.shop.cart.add('mug:default', 3);
    // A new page load: same storage and backend, but the backend is unreachable once.
    first.adapter.failNext('getCart', new ShopletError('network', 'The network is unreachable.'));
    const shop = createShoplet({ adapter: first.adapter, locale: 'en-GB', storage, syncTabs: false });
    const { cart } = await mount(shop);
    await openWith(shop, cart);
    const banner = await until(() => $(cart, '[part="error"].shown'), 'the load error');
    expect(text(banner)).to.contain(
      'Your cart could not be loaded: We could not reach the shop. Check your connection and try again.',
    );
    // The saved cart is still shown while the backend is away.
    expect($$(cart, '[part="line"]')).to.have.length(1);
    await expectAccessible(cart);
    $<HTMLButtonElement>(cart, '[part="retry-button"]')!.click();
    await until(() => !$(cart, '[part="error"].shown'), 'the banner gone');
    expect(shop.$cartStatus.get()).to.equal('idle');
    expect(
      text($(cart, '[part="quantity-input"]')) || $<HTMLInputElement>(cart, '[part="quantity-input"]')!.value,
    ).to.equal('3');
  });

  it('shows the loading state while a saved cart is restored', async () => {
    const storage = memoryStorage();
    const first = makeShop({ storage, latencyMs: 300 });
    await first.shop.cart.add('mug:default', 1);
    await first.shop.cart.clear();
    const shop = createShoplet({ adapter: first.adapter, locale: 'en-GB', storage, syncTabs: false });
    const { cart } = await mount(shop);
    await openWith(shop, cart);
    const loading = await until(() => $(cart, '[part="loading"]'), 'the loading state');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(text(loading)).to.equal('Loading your cart…');
    await expectAccessible(cart);
    await until(() => $(cart, '[part="empty"]'), 'the empty state');
  });

  it('speaks German with € prices when the shop is de-DE', async () => {
    const leinen = makeProduct({
      handle: 'leinenhemd',
      title: 'Leinenhemd',
      options: [{ name: 'Größe', values: ['M'] }],
      price: money(4900, 'EUR'),
    });
    const { shop } = makeShop({ locale: 'de-DE', products: [leinen] });
    await shop.cart.add(leinen.variants[0]!.id, 2);
    const { cart, button } = await mount(shop);
    await openWith(shop, cart);
    expect(text($(cart, '#cart-title'))).to.equal('Dein Warenkorb');
    expect(text($(cart, '[part="total"]'))).to.equal('98,00 €');
    expect(text($(cart, '.totals dt'))).to.equal('Zwischensumme');
    expect($(cart, '.increase')!.getAttribute('aria-label')).to.equal('Menge von Leinenhemd erhöhen');
    expect(text($(cart, '[part="line"]'))).to.contain('je 49,00 €');
    expect(text($(cart, '[part="checkout-button"]'))).to.equal('Zur Kasse');
    expect($(cart, '[part="close-button"]')!.getAttribute('aria-label')).to.equal('Schließen');
    expect(button.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Warenkorb, 2 Artikel');
    await expectAccessible(cart);
  });

  it('closes on a backdrop click and from the close button', async () => {
    const { shop } = makeShop();
    const { cart } = await mount(shop);
    await openWith(shop, cart);
    $<HTMLButtonElement>(cart, '[part="close-button"]')!.click();
    await until(() => !$<HTMLDialogElement>(cart, 'dialog')!.open, 'closed by the button');
    expect(shop.$cartOpen.get()).to.equal(false);
    await openWith(shop, cart);
    $(cart, 'dialog')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await until(() => !$<HTMLDialogElement>(cart, 'dialog')!.open, 'closed by the backdrop');
  });
});
