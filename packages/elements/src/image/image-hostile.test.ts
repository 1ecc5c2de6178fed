import { expect, fixture, html } from '@open-wc/testing';
import { makeProduct, money } from '@shoplet/core/testing';
import './image.js';
import '../product/product.js';
import '../cart/cart.js';
import type { ShopletCart } from '../cart/cart.component.js';
import { openSheet } from '../sheet/open-sheet.js';
import { testShop } from '../test-utils/shop.js';
import { captureWarnings, until } from '../test-utils/wait.js';
import type { ShopletImage } from './image.component.js';

// Schemes the URL parser reads as javascript: once it drops tabs, newlines and leading controls.
const SCRIPT_URLS = [
  'javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  '\u0001javascript:window.__pwned=1',
];
const HOSTILE_SIZE = '1;position:fixed;inset:0;z-index:2147483647' as unknown as number;

function hostileShop() {
  return testShop({
    products: [
      makeProduct({
        handle: 'cap',
        title: 'Cap',
        price: money(2500),
        images: SCRIPT_URLS.map((url) => ({ url, altText: 'Cap', width: HOSTILE_SIZE, height: 1 })),
      }),
    ],
  });
}

/** Every image source and inline style under a root, through shadow roots. */
function rendered(root: ParentNode): { srcs: string[]; styles: string[] } {
  const srcs: string[] = [];
  const styles: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el instanceof HTMLImageElement && el.hasAttribute('src')) srcs.push(el.getAttribute('src')!);
    const style = el.getAttribute('style');
    if (style) styles.push(style);
    if (el.shadowRoot) {
      const inner = rendered(el.shadowRoot);
      srcs.push(...inner.srcs);
      styles.push(...inner.styles);
    }
  }
  return { srcs, styles };
}

const scriptLike = /script:|^\W*java/i;

describe('hostile image data and attributes', () => {
  afterEach(() => {
    for (const sheet of document.querySelectorAll('shoplet-sheet')) sheet.remove();
  });

  it('<shoplet-image src="javascript:…"> shows the placeholder and warns naming the attribute', async () => {
    const { shop } = testShop();
    let el!: ShopletImage;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ShopletImage>(
        html`<shoplet-image .client=${shop} src="javascript:window.__pwned=1" alt="Look" aspect-ratio="4/5"></shoplet-image>`,
      );
    });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.placeholder')).to.exist;
    expect(warnings.some((w) => w.includes('<shoplet-image src> "javascript:window.__pwned=1" is left out'))).to.equal(
      true,
    );
  });

  it('a hostile aspect-ratio never reaches the style, and the image stays in its box', async () => {
    const { shop } = testShop();
    const el = await fixture<ShopletImage>(
      html`<shoplet-image .client=${shop} alt="Look" aspect-ratio="9/16;position:fixed;inset:0;z-index:2147483647" style="width: 200px"></shoplet-image>`,
    );
    const media = el.shadowRoot!.querySelector<HTMLElement>('.media')!;
    expect(media.style.cssText).not.to.contain('position');
    expect(getComputedStyle(media).position).not.to.equal('fixed');
    expect(el.getBoundingClientRect().width).to.be.closeTo(200, 1);
  });

  it('product card, tag list, sheet and cart line render no script URL and no style from image data', async () => {
    const { shop } = hostileShop();
    const page = await fixture(html`<div>
      <shoplet-product .client=${shop} product="cap"></shoplet-product>
      <shoplet-image .client=${shop} src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Look">
        <shoplet-tag .client=${shop} product="cap" x="0.5" y="0.5"></shoplet-tag>
      </shoplet-image>
      <shoplet-cart .client=${shop}></shoplet-cart>
    </div>`);
    const image = page.querySelector<ShopletImage>('shoplet-image')!;
    await until(() => image.shadowRoot!.querySelector('[part="list-item"]'), 'the tag list');
    await until(() => page.querySelector('shoplet-product')!.shadowRoot!.querySelector('.add'), 'the card');
    const tag = image.querySelector('shoplet-tag')!;
    tag.shadowRoot!.querySelector<HTMLElement>('[part="hotspot"]')!.focus();
    await until(() => tag.shadowRoot!.querySelector('[part="card"]'), 'the tag card');
    await shop.cart.add('cap:default', 1);
    shop.$cartOpen.set(true);
    const cart = page.querySelector<ShopletCart>('shoplet-cart')!;
    await until(() => cart.shadowRoot!.querySelector('[part="line"]'), 'the cart line');
    const sheet = await openSheet('cap', { client: shop });
    await until(() => sheet.shadowRoot!.querySelector('h2'), 'the sheet');

    const { srcs, styles } = rendered(document.body);
    expect(srcs.filter((src) => scriptLike.test(src))).to.deep.equal([]);
    expect(styles.filter((style) => /position|z-index|inset/.test(style))).to.deep.equal([]);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
