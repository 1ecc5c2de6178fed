import type { Product } from '@shoplet/core';
import { DEV_MODE, lazy, warnOnce } from '@shoplet/core/internal';
import { html, nothing } from 'lit';
import { imageRatio } from '../internal/aspect-ratio.js';
import { ProductController } from '../internal/product-controller.js';
import { PurchaseController } from '../internal/purchase.js';
import {
  purchaseStyles,
  renderAddToCart,
  renderOptions,
  renderStock,
  renderVariantPrice,
} from '../internal/purchase-form.js';
import { safeUrl } from '../internal/safe-url.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { productStyles } from './product.styles.js';

/**
 * How the card is laid out.
 *
 * @example
 * const layout: ProductLayout = 'row';
 */
export type ProductLayout = 'card' | 'row' | 'compact';
const LAYOUTS: readonly string[] = ['card', 'row', 'compact'];
// The sheet opener loads on the first press, or earlier when the pointer or focus reaches a
// details button; it then loads the sheet itself.
const opener = lazy(() => import('../sheet/open-sheet.js'));

/**
 * @tagname shoplet-product
 * @summary A product card: image, title, price and compare-at price, one control per option,
 * quantity, stock, add to cart, and a button that opens the detail sheet.
 *
 * @csspart base - The card container.
 * @csspart image - The product image.
 * @csspart title - The product title.
 * @csspart price - The price line.
 * @csspart compare-at - The struck-through "was" price.
 * @csspart option - One option group (fieldset).
 * @csspart option-value - One option value.
 * @csspart quantity - The quantity field label.
 * @csspart stock - The stock message.
 * @csspart add-button - The add-to-cart button.
 * @csspart details-button - The button that opens the sheet.
 * @csspart status - The polite status line ("Added to cart").
 * @csspart error - The error line with its retry button.
 *
 * @cssprop --shoplet-product-max-width - Maximum width of the card (22rem; 40rem for `row`).
 * @cssprop --shoplet-product-min-height - Minimum height reserved while loading.
 * @cssprop --shoplet-color-accent - Button background.
 * @cssprop --shoplet-color-sale - Sale price colour.
 * @cssprop --shoplet-radius - Corner radius.
 *
 * @event shoplet-add-to-cart - A variant was added to the cart.
 * @event shoplet-error - The product is unknown, or the cart refused the line.
 *
 * @example
 * <shoplet-product product="linen-shirt" layout="row"></shoplet-product>
 */
export class ShopletProduct extends ShopletElement {
  static override styles = [theme, purchaseStyles, productStyles];

  static override properties = {
    product: { reflect: true },
    layout: { reflect: true },
  };

  /** Handle of the product (or `id:…` / a `gid://` id). */
  declare product: string | undefined;

  /** `card` (default), `row` (image beside the details) or `compact` (one line). */
  declare layout: ProductLayout;

  constructor() {
    super();
    this.layout = 'card';
  }

  readonly #productCtl = new ProductController(this, () => this.product);
  readonly #purchase = new PurchaseController(this, () => this.#productCtl.product);

  async #openDetails(e: Event): Promise<void> {
    const shop = this.shop;
    const product = this.product;
    const button = e.currentTarget as HTMLElement;
    if (shop && product) await (await opener.load()).openSheet(product, { client: shop, opener: button });
  }

  protected override render() {
    // An unknown layout shows as a card.
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'card';
    if (DEV_MODE && layout !== this.layout) {
      warnOnce(
        'invalid-attribute',
        `<shoplet-product layout="${this.layout}">: use card, row or compact; showing card.`,
      );
    }
    const state = this.#productCtl.state;
    if (state.status === 'error') {
      return html`<div class="base unavailable" part="base"><p>${this.t('productUnavailable')}</p></div>`;
    }
    if (state.status === 'loading' || !this.shop) {
      return html`<div class="base ${layout}" part="base" aria-busy="true">
        <div class="media"></div>
        <div class="body">
          <span class="vh">${this.t('loading')}</span>
          <div class="skeleton wide"></div>
          <div class="skeleton narrow"></div>
        </div>
      </div>`;
    }
    return this.#renderProduct(state.product, layout);
  }

  #renderProduct(product: Product, layout: ProductLayout) {
    const variant = this.#purchase.variant;
    const image = variant?.image ?? product.images[0];
    const src = safeUrl(image?.url, { kind: 'media', field: `${product.handle} image.url` });
    const ratio = imageRatio(image);
    // A property binding (`style.cssText`) goes through the CSSOM, which a strict CSP (no
    // 'unsafe-inline' styles) allows; a `style` attribute binding would be blocked.
    const media = html`<div class="media" .style=${ratio === null ? '' : `aspect-ratio:${ratio}`}>
      ${src ? html`<img part="image" src=${src} alt=${image?.altText ?? product.title} loading="lazy" />` : nothing}
    </div>`;
    const compact = layout === 'compact';
    const details = (kind: string, key: 'details' | 'chooseOptions') =>
      html`<button
        class=${kind}
        part="details-button"
        @click=${this.#openDetails}
        @pointerenter=${opener.preload}
        @focus=${opener.preload}
      >
        ${this.t(key)}<span class="vh">: ${product.title}</span>
      </button>`;
    // `compact` is one line: image, title and price, then one button (add to cart when there is
    // nothing to choose, else the sheet).
    return html`<div class="base ${layout}" part="base">
      ${media}
      <div class="body">
        ${product.vendor && !compact ? html`<p class="vendor muted">${product.vendor}</p>` : nothing}
        <p class="title" part="title">${product.title}</p>
        ${renderVariantPrice(this, product, variant)}
        ${
          compact
            ? nothing
            : html`${renderOptions(this, product, this.#purchase)} ${renderStock(this, variant)}
              ${renderAddToCart(this, this.#purchase)}
              <shoplet-delivery-promise .client=${this.shop} .locale=${this.locale} product=${product.handle}></shoplet-delivery-promise>
              <div class="actions">
                ${details('secondary', 'details')}<shoplet-share .client=${this.shop} .locale=${this.locale} product=${product.handle}></shoplet-share>
              </div>`
        }
      </div>
      ${
        compact
          ? html`<div class="actions">
            ${
              product.variants.length === 1
                ? renderAddToCart(this, this.#purchase, false)
                : details('primary', 'chooseOptions')
            }
          </div>`
          : nothing
      }
    </div>`;
  }
}
