import type { Product } from '@shoplet/core';
import { DEV_MODE, warnOnce } from '@shoplet/core/internal';
import { html, nothing, type PropertyValues } from 'lit';
import { emit } from '../events/emit.js';
import { ProductController } from '../internal/product-controller.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { lowestPrice } from '../internal/variants.js';
import { tagStyles } from './tag.styles.js';
import { tagCode } from './tag-code.js';

const inUnit = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;

/**
 * @tagname shoplet-tag
 * @summary A product hotspot on a `<shoplet-image>`, at normalized coordinates (0–1 from the
 * top-left, like Instagram tags). A real button labelled with the product's name and price;
 * hover or focus shows a small card; activating it opens the product sheet.
 *
 * @csspart hotspot - The hotspot button.
 * @csspart card - The hover/focus card.
 *
 * @cssprop --shoplet-hotspot-size - Diameter of the hotspot (1.75rem).
 * @cssprop --shoplet-hotspot-color - Hotspot fill.
 * @cssprop --shoplet-hotspot-border - Hotspot ring and dot colour.
 *
 * @event shoplet-tag-activate - The hotspot was activated; cancel it to keep the sheet closed.
 * @event shoplet-error - The product is unknown or the coordinates are invalid.
 *
 * @example
 * <shoplet-image src="/look.jpg" alt="Summer look" aspect-ratio="4/5">
 *   <shoplet-tag product="linen-shirt" x="0.32" y="0.4"></shoplet-tag>
 * </shoplet-image>
 */
export class ShopletTag extends ShopletElement {
  static override styles = [theme, tagStyles];
  static override shadowRootOptions = { ...ShopletElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    product: { reflect: true },
    x: { type: Number },
    y: { type: Number },
    label: {},
  };

  /** Handle of the tagged product. */
  declare product: string | undefined;
  /** Horizontal position, 0 (left) to 1 (right). */
  declare x: number;
  /** Vertical position, 0 (top) to 1 (bottom). */
  declare y: number;
  /** Text shown instead of the product title. */
  declare label: string | undefined;

  #cardOpen = false;

  readonly #productCtl = new ProductController(this, () => this.product);
  #lastProduct: unknown;

  constructor() {
    super();
    this.x = Number.NaN;
    this.y = Number.NaN;
    this.addEventListener('pointerenter', () => this.#setCard(true));
    this.addEventListener('pointerleave', () => this.#setCard(this.matches(':focus-within')));
    this.addEventListener('focusin', () => this.#setCard(true));
    this.addEventListener('focusout', () => this.#setCard(false));
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.#cardOpen) {
        e.stopPropagation();
        this.#setCard(false);
      }
    });
  }

  /** Whether x and y are usable; an invalid tag is hidden on the image but stays in the list. */
  get valid(): boolean {
    return inUnit(this.x) && inUnit(this.y);
  }

  /** The tagged product once loaded. */
  get productData(): Product | undefined {
    return this.#productCtl.product;
  }

  /** The accessible name: "Linen shirt, £49.00". */
  get accessibleLabel(): string {
    const product = this.#productCtl.product;
    const title = this.label ?? product?.title ?? this.product ?? '';
    const price = product && this.shop ? lowestPrice(product) : undefined;
    return price && this.shop ? this.t('tagLabel', { title, price: this.shop.format(price) }) : title;
  }

  #setCard(open: boolean): void {
    this.#cardOpen = open && !!this.#productCtl.product;
    this.requestUpdate();
    // Shown once its code is there: at once after the first time.
    if (open) this.preload().then(() => this.requestUpdate());
  }

  /**
   * Starts loading the card, activation and arrow-key code (the pointer or focus reaching a tag or
   * its image does). Resolves when loaded; never rejects (a failed load is retried on the next use).
   */
  async preload(): Promise<void> {
    await tagCode.tryLoad();
  }

  /**
   * Emits `shoplet-tag-activate` and, unless cancelled, opens the sheet. The first activation may
   * wait for its code (loaded on first use, usually there already from hover or focus); the
   * promise resolves once the event was emitted. When the code cannot load nothing happens and
   * the next activation tries again.
   */
  async activate(opener: HTMLElement | null = null): Promise<void> {
    (tagCode.current ?? (await tagCode.tryLoad()))?.activate(this, opener);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('x') || changed.has('y')) && !this.valid) {
      const field = inUnit(this.x) ? 'y' : 'x';
      const bad = `${field}="${this.getAttribute(field)}"`;
      if (DEV_MODE) {
        warnOnce(
          'invalid-tag',
          `<shoplet-tag product="${this.product ?? ''}"> ${bad} must be a number between 0 and 1; the hotspot is hidden.`,
        );
      }
      emit(this, 'shoplet-error', {
        code: 'invalid_input',
        message: `${bad} must be a number between 0 and 1`,
        field,
        product: this.product ?? '',
      });
    }
    if (this.valid) {
      this.style.left = `${this.x * 100}%`;
      this.style.top = `${this.y * 100}%`;
    }
    this.toggleAttribute('hidden', !this.valid);
  }

  protected override updated(): void {
    if (this.#productCtl.product !== this.#lastProduct) {
      this.#lastProduct = this.#productCtl.product;
      // Lets the parent image refresh its product list.
      emit(this, 'shoplet-tag-change', null);
    }
    if (this.#cardOpen) tagCode.current?.keepCardInside(this);
  }

  protected override render() {
    return html`<button
        class="hotspot ${this.#cardOpen ? 'open' : ''}"
        part="hotspot"
        aria-label=${this.accessibleLabel || this.t('loading')}
        @click=${(e: Event) => this.activate(e.currentTarget as HTMLElement)}
      ></button
      >${this.#cardOpen && tagCode.current ? tagCode.current.renderCard(this) : nothing}`;
  }
}
