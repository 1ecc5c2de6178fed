import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../product/product.js';
import '../store/store.js';
import { expectAccessible } from '../test-utils/axe.js';
import { shirtProduct, testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';
import { openSheet } from './open-sheet.js';

const sheetEl = () => document.querySelector('shoplet-sheet')!;
const inSheet = <T extends Element = HTMLElement>(sel: string) =>
  document.querySelector('shoplet-sheet')?.shadowRoot?.querySelector<T>(sel) ?? null;

describe('<shoplet-sheet>', () => {
  afterEach(() =>
    document.querySelectorAll('shoplet-sheet').forEach((s) => {
      s.remove();
    }),
  );

  it('opens from the card, shows gallery, sanitized description and options; Escape closes and focus returns', async () => {
    const { shop } = testShop();
    const card = await fixture(html`<shoplet-product .client=${shop} product="linen-shirt"></shoplet-product>`);
    const details = await until(() => card.shadowRoot!.querySelector<HTMLButtonElement>('[part="details-button"]'));
    details.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => inSheet('h2'), 'the sheet title');
    const dialog = inSheet<HTMLDialogElement>('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(inSheet('h2')!.textContent).to.equal('Linen shirt');
    expect(inSheet('[part="description"]')!.innerHTML).to.contain('<strong>linen</strong>');
    expect(inSheet('[part="description"]')!.innerHTML).not.to.contain('script');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const alts = [...sheetEl().shadowRoot!.querySelectorAll('img')].map((i) => i.alt);
    expect(alts[0]).to.equal('Linen shirt, front');
    await expectAccessible(sheetEl());

    // The second thumbnail has no alt text from the backend: a generated one is used.
    inSheet<HTMLButtonElement>('[part="thumbnail"][aria-pressed="false"]')!.click();
    await sheetEl().updateComplete;
    expect(inSheet<HTMLImageElement>('[part="gallery-image"]')!.alt).to.equal('Linen shirt, Image 2 of 2');

    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the dialog to close');
    const active = card.shadowRoot!.activeElement;
    expect(active).to.equal(details);
  });

  it('takes description-images from the card\'s store: "none" shows the description without its images', async () => {
    const withImages = {
      ...shirtProduct(),
      descriptionHtml: '<p>Soft <strong>linen</strong>.</p><img src="https://tracker.example/p.gif" alt="pixel">',
    };
    const { shop } = testShop({ products: [withImages] });
    const store = await fixture(
      html`<shoplet-store description-images="none" .client=${shop}><shoplet-product product="linen-shirt"></shoplet-product></shoplet-store>`,
    );
    const card = store.querySelector('shoplet-product')!;
    const details = await until(() => card.shadowRoot!.querySelector<HTMLButtonElement>('[part="details-button"]'));
    details.click();
    const description = await until(() => inSheet('[part="description"] strong') && inSheet('[part="description"]'));
    expect(description.innerHTML).to.contain('<strong>linen</strong>');
    expect(description.querySelector('img')).to.equal(null);
    expect(sheetEl().descriptionImages).to.equal('none');
  });

  it('reuses one sheet per client and adds to cart from it', async () => {
    const { shop } = testShop();
    await openSheet('mug', { client: shop });
    await openSheet('mug', { client: shop });
    expect(document.querySelectorAll('shoplet-sheet')).to.have.length(1);
    const add = await until(() => inSheet<HTMLButtonElement>('.add'), 'the add button');
    add.click();
    await until(() => shop.$cart.get()?.totalQuantity === 1, 'the mug in the cart');
    inSheet<HTMLButtonElement>('[part="close-button"]')!.click();
    await until(() => !inSheet<HTMLDialogElement>('dialog')!.open, 'closed');
  });

  it('shows a fallback for an unknown product', async () => {
    const { shop } = testShop();
    await openSheet('missing', { client: shop });
    await until(() => inSheet('.state:not([aria-busy])'), 'the fallback');
    expect(inSheet('.state')!.textContent).to.contain('not available');
    await expectAccessible(sheetEl());
  });
});
