import { expect, fixture, html } from '@open-wc/testing';
import { type AnalyticsEvent, createShoplet, type ShopletEvents, withTrust } from '@shoplet/core';
import { makeProduct, memoryAdapter, memoryStorage } from '@shoplet/core/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { setStrings } from '../i18n/strings.js';
import '../product/product.js';
import './share.js';
import type { ShopletShareEvent } from '../events/share.js';
import { expectAccessible } from '../test-utils/axe.js';
import { until } from '../test-utils/wait.js';
import type { ShopletShare } from './share.component.js';

const TITLE = 'Linen shirt & co 🌿';
const LINK = 'https://blog.example/look?x=1&sl_ref=ana#shoplet=summer-look&t=12.5&p=linen-shirt';

function client(options: { landing?: string; locale?: string } = {}) {
  const analytics: AnalyticsEvent[] = [];
  const adapter = memoryAdapter({
    products: [
      makeProduct({
        handle: 'linen-shirt',
        title: 'Linen shirt',
        images: [{ url: '/media/shirt.jpg', altText: null, width: 640, height: 800 }],
      }),
    ],
  });
  const shop = withTrust(
    createShoplet({ adapter, locale: options.locale ?? 'en-GB', storage: memoryStorage(), syncTabs: false }),
    {
      url: options.landing ?? 'https://blog.example/',
      analytics: { sinks: { callback: (e) => analytics.push(e) } },
    },
  );
  return { shop, analytics };
}

const root = (el: ShopletShare) => el.shadowRoot!;
const trigger = (el: ShopletShare) => root(el).querySelector<HTMLButtonElement>('[part="button"]')!;
const target = <T extends HTMLElement = HTMLAnchorElement>(el: ShopletShare, id: string) =>
  root(el).querySelector<T>(`[data-target="${id}"]`)!;
const focused = (el: ShopletShare) => root(el).activeElement as HTMLElement | null;
const menuOpen = (el: ShopletShare) => !root(el).querySelector<HTMLElement>('[part="menu"]')!.hidden;

async function shareEl(platform: ShopletShare['platform'] = null, shop = client().shop) {
  const el = await fixture<ShopletShare>(html`<shoplet-share
    .client=${shop}
    .platform=${platform}
    url="https://blog.example/look?x=1"
    title=${TITLE}
    product="linen-shirt"
    post="summer-look"
    t="12.5"
    ref="ana"
  ></shoplet-share>`);
  // Links open nothing during tests: the click still reaches the element's handlers first.
  el.addEventListener('click', (e) => {
    if ((e.composedPath()[0] as Element).closest?.('a')) e.preventDefault();
  });
  return el;
}

async function openByKeyboard(el: ShopletShare) {
  trigger(el).focus();
  await sendKeys({ press: 'Enter' });
  await until(() => menuOpen(el) && focused(el)?.dataset.target === 'whatsapp', 'the menu with focus on WhatsApp');
}

describe('<shoplet-share>', () => {
  it('shares on the first press within its user activation, and keeps strings the page set before', async () => {
    setStrings('en', { shareCopy: 'Copy the link' }); // the page's own string, set before the menu loads
    const adapter = memoryAdapter({ products: [makeProduct({ handle: 'mug', title: 'Stoneware mug', images: [] })] });
    const shop = createShoplet({ adapter, locale: 'en-GB', storage: memoryStorage(), syncTabs: false });
    const card = await fixture(html`<shoplet-product .client=${shop} product="mug"></shoplet-product>`);
    const inCard = await until(() => card.shadowRoot!.querySelector<ShopletShare>('shoplet-share'), 'the card share');
    await until(() => trigger(inCard)?.textContent?.includes('Stoneware mug'), 'its label');
    const activation: boolean[] = [];
    const el = await shareEl({ share: async () => void activation.push(navigator.userActivation.isActive) });
    expect(root(el).querySelector('[part="target"]')).to.equal(null);

    // A real click: the pointer reaches the button just before it, as fast as a shopper can.
    trigger(el).scrollIntoView({ block: 'center' });
    const box = trigger(el).getBoundingClientRect();
    try {
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
    } finally {
      await resetMouse();
    }
    await until(() => activation.length === 1, 'Web Share on the first press');
    expect(activation).to.deep.equal([true]);

    const menu = await shareEl();
    try {
      await openByKeyboard(menu);
      expect(target(menu, 'copy').textContent!.trim()).to.equal('Copy the link');
      expect(target(menu, 'email').textContent!.trim()).to.equal('Email');
    } finally {
      setStrings('en', { shareCopy: 'Copy link' });
    }
  });

  it('is a real button named "Share" with the title, closed by default', async () => {
    const el = await shareEl();
    expect(trigger(el).tagName).to.equal('BUTTON');
    expect(trigger(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Share: ${TITLE}`);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(menuOpen(el)).to.equal(false);
    await expectAccessible(el);
  });

  it('opens the fallback menu by keyboard; arrows move, Escape closes and focus returns', async () => {
    const el = await shareEl();
    await openByKeyboard(el);
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
    const order = [...root(el).querySelectorAll<HTMLElement>('[part="target"]')].map((t) => t.dataset.target);
    expect(order).to.deep.equal([
      'whatsapp',
      'telegram',
      'discord',
      'x',
      'facebook',
      'pinterest',
      'line',
      'email',
      'copy',
    ]);
    await expectAccessible(el);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.dataset.target).to.equal('telegram');
    await sendKeys({ press: 'End' });
    expect(focused(el)?.dataset.target).to.equal('copy');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.dataset.target).to.equal('whatsapp');
    await sendKeys({ press: 'Escape' });
    await until(() => !menuOpen(el), 'the menu to close');
    expect(focused(el)).to.equal(trigger(el));
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('builds every target link from the deep link with the referral code, correctly encoded', async () => {
    const el = await shareEl();
    await openByKeyboard(el);
    const params = (id: string) => new URL(target(el, id).href).searchParams;
    expect(params('whatsapp').get('text')).to.equal(`${TITLE} ${LINK}`);
    expect(params('telegram').get('url')).to.equal(LINK);
    expect(params('telegram').get('text')).to.equal(TITLE);
    expect(params('x').get('url')).to.equal(LINK);
    expect(params('x').get('text')).to.equal(TITLE);
    expect(params('facebook').get('u')).to.equal(LINK);
    expect(params('pinterest').get('url')).to.equal(LINK);
    expect(params('pinterest').get('media')).to.equal(new URL('/media/shirt.jpg', document.baseURI).href);
    expect(params('line').get('url')).to.equal(LINK);
    const mail = target(el, 'email').href;
    expect(mail.startsWith('mailto:?')).to.equal(true);
    const mailParams = new URLSearchParams(mail.slice('mailto:?'.length));
    expect(mailParams.get('subject')).to.equal(TITLE);
    expect(mailParams.get('body')).to.equal(`${TITLE}\r\n\r\n${LINK}`);
    for (const id of ['whatsapp', 'telegram', 'x', 'facebook', 'pinterest', 'line']) {
      expect(target(el, id).target, id).to.equal('_blank');
      expect(target(el, id).rel, id).to.equal('noopener noreferrer');
    }
    expect(target(el, 'email').hasAttribute('target')).to.equal(false);
    expect(target(el, 'discord').tagName).to.equal('BUTTON');
    expect(target(el, 'discord').textContent).to.contain('paste in Discord');
  });

  it("carries the shopper's own attribution when no ref is given", async () => {
    const { shop } = client({ landing: 'https://blog.example/?sl_ref=creator7' });
    const el = await fixture<ShopletShare>(html`<shoplet-share
      .client=${shop}
      .platform=${null}
      url="https://blog.example/look"
      product="linen-shirt"
    ></shoplet-share>`);
    trigger(el).click();
    await until(() => menuOpen(el), 'the menu');
    expect(new URL(target(el, 'telegram').href).searchParams.get('url')).to.equal(
      'https://blog.example/look?sl_ref=creator7#shoplet=&p=linen-shirt',
    );
    // The title falls back to the product's.
    await until(() => new URL(target(el, 'telegram').href).searchParams.get('text') === 'Linen shirt', 'the title');
  });

  it('reports a link share as a DOM event and a GA4 share event, and closes the menu', async () => {
    const { shop, analytics } = client();
    await shop.products.get('linen-shirt');
    const clientEvents: ShopletEvents['share'][] = [];
    shop.on('share', (e) => clientEvents.push(e));
    const el = await shareEl(null, shop);
    const events: ShopletShareEvent[] = [];
    document.addEventListener('shoplet-share', (e) => events.push(e), { once: true });
    await openByKeyboard(el);
    target(el, 'telegram').click();
    expect(events).to.have.length(1);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(events[0]!.detail).to.deep.equal({
      method: 'telegram',
      url: LINK,
      title: TITLE,
      product: 'linen-shirt',
      post: 'summer-look',
      ref: 'ana',
    });
    expect(clientEvents[0]!.method).to.equal('telegram');
    expect(clientEvents[0]!.product?.handle).to.equal('linen-shirt');
    expect(clientEvents[0]!.postId).to.equal('summer-look');
    const ga = analytics.find((e) => e.name === 'share');
    expect(ga?.params).to.deep.equal({ method: 'telegram', content_type: 'product', item_id: 'linen-shirt' });
    await until(() => !menuOpen(el), 'the menu to close');
  });

  it('copies the link, announces it politely and returns focus; Discord says where to paste', async () => {
    const copied: string[] = [];
    const el = await shareEl({ clipboard: { writeText: async (text) => void copied.push(text) } });
    const methods: string[] = [];
    el.addEventListener('shoplet-share', (e) => methods.push(e.detail.method));
    await openByKeyboard(el);
    target<HTMLButtonElement>(el, 'copy').focus();
    await sendKeys({ press: 'Enter' });
    const status = root(el).querySelector('[role="status"]')!;
    await until(() => status.textContent === 'Link copied', 'the announcement');
    expect(copied).to.deep.equal([LINK]);
    expect(menuOpen(el)).to.equal(false);
    expect(focused(el)).to.equal(trigger(el));
    await expectAccessible(el);

    await openByKeyboard(el);
    target<HTMLButtonElement>(el, 'discord').click();
    await until(() => status.textContent === 'Link copied: paste it in Discord', 'the Discord announcement');
    expect(copied).to.deep.equal([LINK, LINK]);
    expect(methods).to.deep.equal(['copy', 'discord']);
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const el = await shareEl({ clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    const methods: string[] = [];
    el.addEventListener('shoplet-share', (e) => methods.push(e.detail.method));
    await openByKeyboard(el);
    target<HTMLButtonElement>(el, 'copy').click();
    const field = await until(() => root(el).querySelector<HTMLInputElement>('.fallback input'), 'the link field');
    expect(field.value).to.equal(LINK);
    expect(field.readOnly).to.equal(true);
    expect(focused(el)).to.equal(field);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Could not copy');
    expect(methods).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('uses the Web Share API when the browser has it, and treats a cancel as no share', async () => {
    const shared: { url?: string; title?: string }[] = [];
    let cancel = false;
    const platform = {
      share: async (data: { url?: string; title?: string }) => {
        if (cancel) throw new DOMException('cancelled', 'AbortError');
        shared.push(data);
      },
    };
    const el = await shareEl(platform);
    const methods: string[] = [];
    el.addEventListener('shoplet-share', (e) => methods.push(e.detail.method));
    trigger(el).click();
    await until(() => methods.length === 1, 'the share event');
    expect(shared).to.deep.equal([{ url: LINK, title: TITLE, text: TITLE }]);
    expect(methods).to.deep.equal(['web_share']);
    expect(menuOpen(el)).to.equal(false);

    cancel = true;
    trigger(el).click();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(methods).to.deep.equal(['web_share']);
    expect(menuOpen(el)).to.equal(false);
  });

  it('falls back to the menu when Web Share refuses (no user gesture or no target)', async () => {
    const el = await shareEl({ share: () => Promise.reject(new DOMException('no', 'NotAllowedError')) });
    trigger(el).click();
    await until(() => menuOpen(el), 'the fallback menu');
  });

  it('closes when focus or a click goes elsewhere', async () => {
    const el = await shareEl();
    await openByKeyboard(el);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await until(() => !menuOpen(el), 'closed by an outside click');
    await openByKeyboard(el);
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Tab' });
    await until(() => !menuOpen(el), 'closed when tabbing out');
  });

  it('inside a modal dialog, Escape closes only the menu', async () => {
    const dialog = await fixture<HTMLDialogElement>(html`<dialog>
      <shoplet-share .platform=${null} url="https://blog.example/look" title="Look" post="look"></shoplet-share>
    </dialog>`);
    dialog.showModal();
    const el = dialog.querySelector('shoplet-share')!;
    await el.updateComplete;
    await openByKeyboard(el);
    await sendKeys({ press: 'Escape' });
    await until(() => !menuOpen(el), 'the menu to close');
    expect(dialog.open).to.equal(true);
    expect(focused(el)).to.equal(trigger(el));
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the dialog to close on the next Escape');
  });

  it('speaks German', async () => {
    const el = await shareEl(null, client({ locale: 'de-DE' }).shop);
    expect(trigger(el).textContent).to.contain('Teilen');
    await openByKeyboard(el);
    expect(target(el, 'copy').textContent!.trim()).to.equal('Link kopieren');
    expect(target(el, 'email').textContent!.trim()).to.equal('E-Mail');
  });
});
