import type { Image, Product } from '@shoplet/core';
import { html, nothing, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { imageRatio } from '../internal/aspect-ratio.js';
import { deepActiveElement } from '../internal/deep-active-element.js';
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
import { descriptionImages, sanitizeHtml } from '../internal/sanitize.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { sheetStyles } from './sheet.styles.js';

/**
 * @tagname shoplet-sheet
 * @summary The product detail dialog (a native modal `<dialog>`): gallery with alt text, the
 * sanitized full description, options, price and add to cart. Escape closes it and focus returns
 * to the element that opened it.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart close-button - The close button.
 * @csspart gallery-image - The large image.
 * @csspart thumbnail - A thumbnail button.
 * @csspart title - The product title.
 * @csspart price - The price line.
 * @csspart description - The description.
 * @csspart add-button - The add-to-cart button.
 *
 * @cssprop --shoplet-sheet-width - Maximum width of the dialog (56rem).
 * @cssprop --shoplet-backdrop - Backdrop colour.
 *
 * @event shoplet-add-to-cart - A variant was added to the cart.
 * @event shoplet-error - The product is unknown, or the cart refused the line.
 *
 * @example
 * <shoplet-sheet product="linen-shirt"></shoplet-sheet>
 * <script type="module">document.querySelector('shoplet-sheet').show(button);</script>
 */
export class ShopletSheet extends ShopletElement {
  static override styles = [theme, purchaseStyles, sheetStyles];

  static override properties = {
    product: { reflect: true },
    descriptionImages: { attribute: 'description-images' },
    open: { type: Boolean, reflect: true },
    imageIndex: { state: true },
  };

  /** Handle of the product to show. */
  declare product: string | undefined;

  /**
   * Which images the product description may load: `all` (default), `same-origin` (only from this
   * site: no tracking pixels from elsewhere) or `none`. Opened from a card, the sheet takes the
   * `description-images` attribute of the card's `<shoplet-store>`.
   */
  declare descriptionImages: string | undefined;

  /** Whether the dialog is open. */
  declare open: boolean;

  declare private imageIndex: number;

  constructor() {
    super();
    this.open = false;
    this.imageIndex = 0;
  }

  get #dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  readonly #productCtl = new ProductController(this, () => this.product);
  readonly #purchase = new PurchaseController(this, () => this.#productCtl.product);
  #opener: HTMLElement | null = null;
  #viewed: Product | undefined;
  #descriptionFor: Product | undefined;
  #descriptionImages: string | undefined;
  #description = '';

  /** Opens the dialog; focus returns to `opener` (default: the focused element) on close. */
  async show(opener: HTMLElement | null = deepActiveElement()): Promise<void> {
    this.#opener = opener;
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog. */
  hide(): void {
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('product')) this.imageIndex = 0;
  }

  protected override updated(): void {
    const dialog = this.#dialog;
    if (this.open && !dialog.open) dialog.showModal();
    if (!this.open && dialog.open) dialog.close();
    const product = this.#productCtl.product;
    if (this.open && product && product !== this.#viewed) {
      this.#viewed = product;
      this.shop?.emit('product:view', { product, source: 'sheet' });
    }
  }

  #onClose = () => {
    this.open = false;
    this.#viewed = undefined;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  };

  #onClick = (e: MouseEvent) => {
    // A click on the backdrop lands on the dialog itself.
    if (e.target === this.#dialog) this.hide();
  };

  protected override render() {
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onClose} @click=${this.#onClick}>
      <button class="close" part="close-button" aria-label=${this.t('close')} @click=${() => this.hide()}>✕</button>
      ${this.open ? this.#renderContent() : nothing}
    </dialog>`;
  }

  #renderContent() {
    const state = this.#productCtl.state;
    if (state.status === 'error') {
      return html`<p class="state" id="title">${this.t('productUnavailable')}</p>`;
    }
    if (state.status === 'loading') return html`<p class="state" id="title" aria-busy="true">${this.t('loading')}</p>`;
    const product = state.product;
    if (this.#descriptionFor !== product || this.#descriptionImages !== this.descriptionImages) {
      this.#descriptionFor = product;
      this.#descriptionImages = this.descriptionImages;
      this.#description = sanitizeHtml(product.descriptionHtml || '', {
        images: descriptionImages(this.descriptionImages),
      });
    }
    const variant = this.#purchase.variant;
    return html`<div class="layout">
      ${this.#renderGallery(product)}
      <div class="info">
        <h2 id="title" part="title">${product.title}</h2>
        ${renderVariantPrice(this, product, variant)} ${renderOptions(this, product, this.#purchase)}
        ${renderStock(this, variant)} ${renderAddToCart(this, this.#purchase)}
        <shoplet-delivery-promise .client=${this.shop} .locale=${this.locale} product=${product.handle}></shoplet-delivery-promise>
        <shoplet-share .client=${this.shop} .locale=${this.locale} product=${product.handle}></shoplet-share>
        ${
          this.#description
            ? html`<div class="description" part="description">${unsafeHTML(this.#description)}</div>`
            : product.description
              ? html`<div class="description" part="description"><p>${product.description}</p></div>`
              : nothing
        }
        <shoplet-trust-strip .client=${this.shop} .locale=${this.locale} product=${product.handle}></shoplet-trust-strip>
      </div>
    </div>`;
  }

  #renderGallery(product: Product) {
    const images = product.images;
    const count = images.length;
    const alt = (image: Image, i: number) =>
      image.altText || `${product.title}, ${this.t('imageOf', { index: i + 1, count })}`;
    const current = images[Math.min(this.imageIndex, count - 1)];
    if (!current) return html`<div class="main-image"></div>`;
    // A property binding goes through the CSSOM, which a strict CSP (no 'unsafe-inline' styles) allows.
    const ratio = imageRatio(current);
    const src = (image: Image, i: number) =>
      safeUrl(image.url, { kind: 'media', field: `${product.handle} images[${i}].url` }) ?? nothing;
    return html`<div class="gallery">
      <figure class="main-image" .style=${ratio === null ? '' : `--_ratio:${ratio}`}>
        <img part="gallery-image" src=${src(current, this.imageIndex)} alt=${alt(current, this.imageIndex)} />
      </figure>
      ${
        count > 1
          ? html`<ul class="thumbs">
            ${images.map(
              (image, i) => html`<li>
                <button
                  part="thumbnail"
                  aria-pressed=${i === this.imageIndex ? 'true' : 'false'}
                  aria-label=${this.t('showImage', { index: i + 1 })}
                  @click=${() => {
                    this.imageIndex = i;
                  }}
                >
                  <img src=${src(image, i)} alt="" loading="lazy" />
                </button>
              </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }
}
