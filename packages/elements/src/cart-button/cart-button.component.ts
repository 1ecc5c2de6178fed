import type { Cart, Shoplet } from '@shoplet/core';
import { lazy } from '@shoplet/core/internal';
import { html, type PropertyValues } from 'lit';
import { ShopletElement } from '../internal/shoplet-element.js';
import { StoreController } from '../internal/store-controller.js';
import { theme } from '../internal/theme.js';
import { cartButtonStyles } from './cart-button.styles.js';

// What a press does loads on the first press, or earlier when the pointer or focus reaches the
// button; a failed load is retried on the next press.
const openCode = lazy(() => import('./lazy/open-cart.js'));

/**
 * @tagname shoplet-cart-button
 * @summary The cart button: a real `<button>` labelled "Cart, 3 items" with the count as a badge. It
 * opens the cart drawer (creating a `<shoplet-cart>` when the page has none) and politely announces
 * count changes to screen readers, but not the count it starts with. Its size is fixed, so the
 * badge appearing never moves the page.
 *
 * @slot icon - Replaces the bag icon.
 *
 * @csspart button - The `<button>`.
 * @csspart icon - The default bag icon.
 * @csspart badge - The item count badge.
 *
 * @cssprop --shoplet-cart-button-size - Width and height of the button (2.75rem).
 * @cssprop --shoplet-badge-background - Badge background (the accent colour).
 * @cssprop --shoplet-badge-color - Badge text colour.
 *
 * @event shoplet-cart-open - The button opened the cart; carries the item count and subtotal.
 *
 * @example
 * <header><a href="/">Brand</a> <shoplet-cart-button></shoplet-cart-button></header>
 */
export class ShopletCartButton extends ShopletElement {
  static override styles = [theme, cartButtonStyles];

  /** What the status line last announced (set while updating, so it renders with the count). */
  #announcement = '';
  readonly #cart = new StoreController<Cart | null>(this);
  readonly #open = new StoreController<boolean>(this);
  #counted: Shoplet | undefined;
  #lastCount: number | undefined;

  /** Items in the cart (the sum of line quantities). */
  get count(): number {
    return this.#cart.value?.totalQuantity ?? 0;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const shop = this.shop;
    this.#cart.track(shop?.$cart);
    this.#open.track(shop?.$cartOpen);
    if (!shop) return;
    const count = this.count;
    // The first count, and a cart still being restored, are where we start, not changes.
    if (shop === this.#counted && shop.$cartStatus.get() !== 'loading' && count !== this.#lastCount) {
      this.#announcement = this.#counting('cartUpdated', count);
    }
    this.#counted = shop;
    this.#lastCount = count;
  }

  /** "Cart, 3 items": the singular or plural string for `count` in the element's language. */
  #counting(key: 'cartButton' | 'cartUpdated', count: number): string {
    return this.t(key, { count });
  }

  #onClick = async () => (openCode.current ?? (await openCode.tryLoad()))?.openCart(this);

  protected override render() {
    const count = this.count;
    const label = this.#counting('cartButton', count);
    return html`<button
        type="button"
        part="button"
        aria-label=${label}
        aria-haspopup="dialog"
        aria-expanded=${this.#open.value ? 'true' : 'false'}
        @click=${this.#onClick}
        @pointerenter=${openCode.preload}
        @focus=${openCode.preload}
      >
        <slot name="icon">
          <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round">
            <path d="M5 8h14l-1.2 11.1a2 2 0 0 1-2 1.9H8.2a2 2 0 0 1-2-1.9L5 8Z" />
            <path d="M9 8V6a3 3 0 0 1 6 0v2" />
          </svg>
        </slot>
        <span class="badge" part="badge" aria-hidden="true" ?data-empty=${count === 0}>${count > 99 ? '99+' : count}</span>
      </button>
      <span class="vh" role="status">${this.#announcement}</span>`;
  }
}
