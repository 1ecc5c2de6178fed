import { expect, fixture, html } from '@open-wc/testing';
import { createShoplet, type StorageLike } from '@shoplet/core';
import { makeProduct, makeVariant, memoryAdapter, memoryStorage, money } from '@shoplet/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import './cart-button.js';
import type { ShopletCartOpenEvent } from '../events/cart-open.js';
import { expectAccessible } from '../test-utils/axe.js';
import { until } from '../test-utils/wait.js';
import type { ShopletCartButton } from './cart-button.component.js';

const mug = makeProduct({
  handle: 'mug',
  title: 'Stoneware mug',
  // No stock limit, so the badge can pass 99.
  variants: [makeVariant({ id: 'mug:default', price: money(1800), quantityAvailable: null })],
});

function makeShop(o: { locale?: string; storage?: StorageLike; latencyMs?: number } = {}) {
  const adapter = memoryAdapter({ products: [mug], ...(o.latencyMs ? { latencyMs: o.latencyMs } : {}) });
  return createShoplet({
    adapter,
    locale: o.locale ?? 'en-GB',
    storage: o.storage ?? memoryStorage(),
    syncTabs: false,
  });
}

const inner = (el: ShopletCartButton) => el.shadowRoot!.querySelector('button')!;
const live = (el: ShopletCartButton) => el.shadowRoot!.querySelector('[role="status"]')!;

describe('<shoplet-cart-button>', () => {
  afterEach(() => {
    for (const c of document.querySelectorAll('body > shoplet-cart')) c.remove();
  });

  it('opens the cart on a press with no pointer or focus on the way before it', async () => {
    const shop = makeShop();
    const el = await fixture<ShopletCartButton>(html`<shoplet-cart-button .client=${shop}></shoplet-cart-button>`);
    const events: ShopletCartOpenEvent[] = [];
    document.addEventListener('shoplet-cart-open', (e) => events.push(e), { once: true });
    // A click with nothing before it: what the press runs may still be on its way.
    inner(el).click();
    await until(() => events.length, 'shoplet-cart-open');
    expect(shop.$cartOpen.get()).to.equal(true);
    await until(() => document.querySelector('body > shoplet-cart'), 'the drawer');
    shop.$cartOpen.set(false);
  });

  it('is a real button labelled with the count, announcing changes politely', async () => {
    const shop = makeShop();
    const el = await fixture<ShopletCartButton>(html`<shoplet-cart-button .client=${shop}></shoplet-cart-button>`);
    expect(inner(el).localName).to.equal('button');
    expect(inner(el).getAttribute('aria-label')).to.equal('Cart, 0 items');
    expect(live(el).textContent).to.equal('');
    await expectAccessible(el);
    await shop.cart.add('mug:default', 1);
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-label')).to.equal('Cart, 1 item');
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('1');
    expect(live(el).textContent).to.equal('Cart updated: 1 item');
    await shop.cart.add('mug:default', 2);
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-label')).to.equal('Cart, 3 items');
    expect(live(el).textContent).to.equal('Cart updated: 3 items');
    await expectAccessible(el);
  });

  it('does not announce the count it starts with, even while a saved cart is restored', async () => {
    const storage = memoryStorage();
    await makeShop({ storage }).cart.add('mug:default', 3);
    const shop = makeShop({ storage, latencyMs: 30 });
    const el = await fixture<ShopletCartButton>(html`<shoplet-cart-button .client=${shop}></shoplet-cart-button>`);
    await shop.cart.ready;
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-label')).to.equal('Cart, 3 items');
    expect(live(el).textContent).to.equal('');
  });

  it('keeps its size when the badge appears', async () => {
    const shop = makeShop();
    const el = await fixture<ShopletCartButton>(html`<shoplet-cart-button .client=${shop}></shoplet-cart-button>`);
    const before = el.getBoundingClientRect();
    await shop.cart.add('mug:default', 120);
    await el.updateComplete;
    const after = el.getBoundingClientRect();
    expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
    expect(before.width).to.be.greaterThan(40);
    expect(el.shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('99+');
  });

  it('opens the cart with Enter, creating the drawer when the page has none, and emits shoplet-cart-open', async () => {
    const shop = makeShop();
    await shop.cart.add('mug:default', 2);
    const el = await fixture<ShopletCartButton>(html`<shoplet-cart-button .client=${shop}></shoplet-cart-button>`);
    const events: ShopletCartOpenEvent[] = [];
    document.addEventListener('shoplet-cart-open', (e) => events.push(e), { once: true });
    inner(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(shop.$cartOpen.get()).to.equal(true);
    expect(events).to.have.length(1);
    expect(events[0]!.detail.itemCount).to.equal(2);
    expect(events[0]!.detail.subtotal).to.deep.equal(money(3600));
    const drawer = await until(() => document.querySelector('body > shoplet-cart'), 'the drawer');
    await until(() => drawer.shadowRoot?.querySelector('dialog[open]'), 'the drawer to open');
    expect(inner(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await until(() => !shop.$cartOpen.get(), 'closed');
    expect(el.shadowRoot!.activeElement === inner(el), 'focus back on the button').to.equal(true);
  });

  it('pluralises per language', async () => {
    const de = makeShop({ locale: 'de-DE' });
    const ja = makeShop({ locale: 'ja-JP' });
    await de.cart.add('mug:default', 1);
    await ja.cart.add('mug:default', 2);
    const root = await fixture(html`<div>
      <shoplet-cart-button .client=${de}></shoplet-cart-button>
      <shoplet-cart-button .client=${ja}></shoplet-cart-button>
      <shoplet-cart-button .client=${de} locale="en"></shoplet-cart-button>
    </div>`);
    const [d, j, en] = [...root.querySelectorAll<ShopletCartButton>('shoplet-cart-button')];
    await Promise.all([d!.updateComplete, j!.updateComplete, en!.updateComplete]);
    expect(inner(d!).getAttribute('aria-label')).to.equal('Warenkorb, 1 Artikel');
    expect(inner(j!).getAttribute('aria-label')).to.equal('カート、2点');
    expect(inner(en!).getAttribute('aria-label')).to.equal('Cart, 1 item');
    await de.cart.add('mug:default', 1);
    await d!.updateComplete;
    expect(live(d!).textContent).to.equal('Warenkorb aktualisiert: 2 Artikel');
  });
});
