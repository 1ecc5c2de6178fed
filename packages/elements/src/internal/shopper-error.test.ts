import { expect, fixture, html } from '@open-wc/testing';
import { type Shoplet, ShopletError } from '@shoplet/core';
import '../cart/cart.js';
import '../product/product.js';
import type { ShopletCart } from '../cart/cart.component.js';
import type { ShopletProduct } from '../product/product.component.js';
import { testShop } from '../test-utils/shop.js';
import { captureErrors, until } from '../test-utils/wait.js';

// The errors as the transport makes them from a 502 and from a GraphQL error answer.
const SHOP_API = 'http://127.0.0.1:3510/shop-api';
const http502 = () => new ShopletError('backend', `${SHOP_API} answered HTTP 502.`, { status: 502 });
const graphqlError = () =>
  new ShopletError(
    'backend',
    `GraphQL error from ${SHOP_API}: Cannot query field "stockLevelz" on type "ProductVariant". Did you mean "stockLevel"? at ProductVariant.stockLevelz (/srv/vendure/node_modules/@vendure/core/dist/api/resolvers/entity/product-variant-entity.resolver.js:88:19)`,
  );

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const technical = /http|GraphQL|502|stockLevel|vendure/i;

/** The drawer, open, with one shirt in the cart; `plus` adds one more. */
async function drawerWithLine(shop: Shoplet) {
  await shop.cart.add('shirt-S-Navy', 1);
  const cart = await fixture<ShopletCart>(html`<shoplet-cart .client=${shop}></shoplet-cart>`);
  shop.$cartOpen.set(true);
  const plus = await until(
    () => cart.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label^="Increase quantity"]'),
    'the + button',
  );
  return { cart, plus };
}

describe('errors shoppers see', () => {
  let errors: ReturnType<typeof captureErrors>;
  beforeEach(() => {
    errors = captureErrors();
  });
  afterEach(() => errors.stop());

  it('the product card says a GraphQL error in a plain sentence; the console has the detail once', async () => {
    const { shop, adapter } = testShop();
    const card = await fixture<ShopletProduct>(html`<shoplet-product .client=${shop} product="mug"></shoplet-product>`);
    const add = await until(() => card.shadowRoot!.querySelector<HTMLButtonElement>('.add'), 'the add button');
    adapter.failNext('createCart', graphqlError());
    add.click();
    const line = await until(() => card.shadowRoot!.querySelector('[part="error"]'), 'the error line');
    expect(text(line)).to.equal(
      'Could not add to cart: Something went wrong at the shop. Try again in a moment. Try again',
    );
    expect(text(line)).not.to.match(technical);
    const logged = errors.lines.filter((l) => l.includes('Cannot query field "stockLevelz"'));
    expect(logged).to.have.length(1);
    expect(logged[0]).to.contain(
      '[shoplet:backend] <shoplet-product>: GraphQL error from http://127.0.0.1:3510/shop-api',
    );
  });

  it('the product card offers the cart, not a retry, when nobody knows whether the add landed', async () => {
    const { shop, adapter } = testShop();
    await shop.cart.add('shirt-S-Navy', 1);
    const card = await fixture<ShopletProduct>(html`<shoplet-product .client=${shop} product="mug"></shoplet-product>`);
    const add = await until(() => card.shadowRoot!.querySelector<HTMLButtonElement>('.add'), 'the add button');
    // The answer is lost and the cart cannot be read back either.
    adapter.failNext('addLines', http502());
    adapter.failNext('getCart', new ShopletError('timeout', 'The request timed out; check the connection.'));
    add.click();
    const line = await until(() => card.shadowRoot!.querySelector('[part="error"]'), 'the error line');
    expect(text(line)).to.equal(
      'We could not tell whether the item was added. Check your cart before you add it again. View cart',
    );
    expect(text(line)).not.to.contain('Try again');
    line.querySelector('button')!.click();
    await until(() => shop.$cartOpen.get(), 'the cart opened');
    await until(() => !card.shadowRoot!.querySelector('[part="error"]'), 'the line gone');
  });

  it('the cart drawer says a 502 in a plain sentence and shows the cart the server has', async () => {
    const { shop, adapter } = testShop();
    const { cart, plus } = await drawerWithLine(shop);
    // The answer to the change is lost; reading the cart back shows the server did not apply it.
    adapter.failNext('updateLines', http502());
    plus.click();
    const banner = await until(() => cart.shadowRoot!.querySelector('[part="error"].shown'), 'the error banner');
    expect(text(banner.querySelector('p'))).to.equal(
      'Could not change the quantity. Something went wrong at the shop. Try again in a moment.',
    );
    expect(text(banner)).not.to.match(technical);
    expect(text(banner)).not.to.contain('restored');
    expect(shop.$cart.get()?.totalQuantity).to.equal(1);
    expect(errors.lines.filter((l) => l.includes('answered HTTP 502'))).to.have.length(1);
  });

  it('the cart drawer says so when a lost answer leaves the cart unknown, and reloading it shows the server’s', async () => {
    const { shop, adapter } = testShop();
    const { cart, plus } = await drawerWithLine(shop);
    adapter.failNext('updateLines', http502());
    adapter.failNext('getCart', new ShopletError('network', 'Failed to fetch'));
    plus.click();
    const banner = await until(() => cart.shadowRoot!.querySelector('[part="error"].shown'), 'the error banner');
    expect(text(banner.querySelector('p'))).to.equal(
      'We could not tell whether your cart changed. Reload it to see what the shop has.',
    );
    cart.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await until(() => !cart.shadowRoot!.querySelector('[part="error"].shown'), 'the banner gone');
    expect(shop.$cart.get()?.totalQuantity).to.equal(1);
  });

  it('a field the shopper filled in gets guidance in their language, never the backend text', async () => {
    const { shop, adapter } = testShop({ locale: 'de-DE' });
    await shop.cart.add('shirt-S-Navy', 1);
    const cart = await fixture<ShopletCart>(html`<shoplet-cart .client=${shop}></shoplet-cart>`);
    shop.$cartOpen.set(true);
    const input = await until(() => cart.shadowRoot!.querySelector<HTMLInputElement>('#discount-code'), 'the field');
    input.value = 'NOPE';
    input.dispatchEvent(new Event('input'));
    adapter.failNext(
      'applyDiscount',
      new ShopletError('invalid_input', 'Coupon code "NOPE" is not valid (COUPON_CODE_INVALID_ERROR)', {
        field: 'code',
      }),
    );
    cart.shadowRoot!.querySelector<HTMLButtonElement>('[part="discount-button"]')!.click();
    const error = await until(() => cart.shadowRoot!.querySelector('[part="discount-error"]'), 'the field error');
    expect(text(error)).to.equal('Dieser Code gilt nicht für diese Bestellung.');
  });
});
