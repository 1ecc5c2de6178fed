import {
  type Cart,
  type CartLine,
  type CartStatus,
  isOutcomeUnknown,
  type Order,
  type Shoplet,
  type ShopletError,
  type ShopletEvents,
} from '@shoplet/core';
import { html, nothing, type PropertyValues } from 'lit';
import { ShopletElement } from '../internal/shoplet-element.js';
import { logShopperError, shopperMessage } from '../internal/shopper-error.js';
import { StoreController } from '../internal/store-controller.js';
import { theme } from '../internal/theme.js';
import { totalsStyles } from '../internal/totals.styles.js';
import '../checkout/checkout.js';
import '../delivery/delivery.js';
import '../trust/trust.js';
import type { ShopletCheckout } from '../checkout/checkout.component.js';
import { deepActiveElement } from '../internal/deep-active-element.js';
import { cartStyles } from './cart.styles.js';
import { type LineActions, renderLines } from './cart-lines.js';
import { registerCart } from './cart-registry.js';
import { type DiscountState, renderDiscount, renderTotals, type SummaryActions } from './cart-summary.js';

type Action = ShopletEvents['cart:error']['action'];
const ROLLBACK = {
  add: 'rollbackAdd',
  update: 'rollbackUpdate',
  remove: 'rollbackRemove',
  restore: 'rollbackRestore',
  attributes: 'rollbackOther',
  discount: 'rollbackOther',
} as const satisfies Record<Action, string>;

/**
 * @tagname shoplet-cart
 * @summary The mini-checkout drawer: a native modal `<dialog>` that slides in from the right when
 * `shop.$cartOpen` becomes true. Lines with image, options, unit price, a quantity stepper and
 * remove with undo; discount codes; subtotal and total; empty, loading and error states with retry;
 * then checkout: the hand-off step (Shopify) or the inline steps (Vendure) in the drawer.
 *
 * @slot trust - Trust and delivery information under the checkout button (default: a
 *   `<shoplet-delivery-promise>` and a `<shoplet-trust-strip>`, which show only what the shop knows).
 * @slot empty - Content for the empty cart, replacing the default message.
 *
 * @csspart dialog - The `<dialog>` drawer.
 * @csspart header - The header with the title and the close button.
 * @csspart title - The heading.
 * @csspart close-button - The close button.
 * @csspart back-button - "Back to cart" during checkout.
 * @csspart lines - The list of lines.
 * @csspart line - One line.
 * @csspart line-image - A line's image.
 * @csspart line-title - A line's product title.
 * @csspart line-options - A line's options ("Size: M · Colour: Navy").
 * @csspart line-total - A line's total price.
 * @csspart stepper - The quantity stepper group.
 * @csspart stepper-button - The − and + buttons.
 * @csspart quantity-input - The quantity number input.
 * @csspart remove-button - A line's remove button.
 * @csspart notice - The polite live region ("Removed … — Undo").
 * @csspart undo-button - The undo button.
 * @csspart error - The error banner (rollback or load failure).
 * @csspart retry-button - The retry button in the error banner.
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @csspart discount - The discount code form.
 * @csspart discount-button - The apply button.
 * @csspart discount-error - The refused code's message.
 * @csspart discount-codes - The codes on the cart.
 * @csspart totals - Subtotal, discount and total.
 * @csspart subtotal - The subtotal amount.
 * @csspart total - The total amount.
 * @csspart checkout-button - The checkout button.
 * @csspart footer - The area holding totals and the checkout button.
 *
 * @cssprop --shoplet-cart-width - Width of the drawer (26rem; full width on small screens).
 * @cssprop --shoplet-backdrop - Backdrop colour.
 * @cssprop --shoplet-color-accent - Primary button background.
 * @cssprop --shoplet-color-background - Drawer background.
 * @cssprop --shoplet-color-error - Error colour.
 *
 * @event shoplet-checkout - Checkout started (from `<shoplet-checkout>` inside the drawer).
 * @event shoplet-error - A checkout step failed.
 *
 * @example
 * <shoplet-cart-button></shoplet-cart-button>
 * <shoplet-cart></shoplet-cart>
 */
export class ShopletCart extends ShopletElement {
  static override styles = [theme, totalsStyles, cartStyles];

  static override properties = {
    navigate: { attribute: false },
    view: { state: true },
    checkoutMounted: { state: true },
    completed: { state: true },
    undo: { state: true },
    discount: { state: true },
    dismissed: { state: true },
  };

  /**
   * Where a redirect checkout hand-off sends the shopper (default `location.assign`). Replace it to
   * open a new tab or, in tests, to stay on the page.
   */
  declare navigate: (url: string) => void;

  declare private view: 'cart' | 'checkout';
  declare private checkoutMounted: boolean;
  declare private completed: boolean;
  declare private undo: { variantId: string; quantity: number; title: string } | undefined;
  declare private discount: DiscountState;
  declare private dismissed: ShopletError | null;

  constructor() {
    super();
    this.navigate = (url) => location.assign(url);
    this.view = 'cart';
    this.checkoutMounted = false;
    this.completed = false;
    this.discount = { code: '', error: '', busy: false };
    this.dismissed = null;
  }

  get #dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  readonly #cart = new StoreController<Cart | null>(this);
  readonly #status = new StoreController<CartStatus>(this);
  readonly #error = new StoreController<ShopletError | null>(this);
  readonly #open = new StoreController<boolean>(this);
  readonly #lastOrder = new StoreController<Order | null>(this);
  /** The last order whose confirmation the shopper has seen and closed. */
  #confirmationSeen: Order | null | undefined = null;
  /** Rollback messages by error, from `cart:error` events. */
  readonly #rollback = new WeakMap<ShopletError, string>();
  /** Errors shown at a field (discount codes) rather than in the banner. */
  readonly #fieldErrors = new WeakSet<ShopletError>();
  #listening: Shoplet | undefined;
  #stop: (() => void)[] = [];
  #opener: HTMLElement | null = null;
  /** Finds the element to focus after the next render that has it. */
  #focusAfter: (() => HTMLElement | null | undefined) | undefined;

  /** Opens the drawer (the same as `shop.$cartOpen.set(true)`). */
  show(): void {
    this.shop?.$cartOpen.set(true);
  }

  /** Closes the drawer. */
  hide(): void {
    this.shop?.$cartOpen.set(false);
    if (this.#dialog?.open) this.#dialog.close();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unlisten();
  }

  #unlisten(): void {
    for (const stop of this.#stop) stop();
    this.#stop = [];
    this.#listening = undefined;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const shop = this.shop;
    this.#cart.track(shop?.$cart);
    this.#status.track(shop?.$cartStatus);
    this.#error.track(shop?.$cartError);
    this.#open.track(shop?.$cartOpen);
    this.#lastOrder.track(shop?.$lastOrder);
    // An order found after a reload (its payment's answer was lost) shows its confirmation in
    // place of the empty cart it left, so nobody pays for it again.
    const order = this.#lastOrder.value;
    if (order && order !== this.#confirmationSeen && !this.#cart.value?.lines.length && this.view === 'cart') {
      this.view = 'checkout';
      this.checkoutMounted = true;
      this.completed = true;
    }
    if (shop !== this.#listening && this.isConnected) {
      this.#unlisten();
      if (!shop) return;
      this.#listening = shop;
      this.#stop.push(
        registerCart(shop, this),
        shop.on('cart:error', ({ action, error }) => {
          logShopperError(this.localName, error);
          if (action === 'discount') this.#fieldErrors.add(error);
          else this.#rollback.set(error, this.#changeFailed(action, error));
          this.requestUpdate();
        }),
        shop.on('checkout:complete', () => {
          this.completed = true;
        }),
      );
    }
  }

  /**
   * Why a change failed, in the shopper's words. The cart on screen is the backend's: the core
   * read it back after a lost answer, so only a cart it could not read back is in doubt.
   */
  #changeFailed(action: Action, error: ShopletError): string {
    const readBack = !!(error.cause as { cart?: unknown } | undefined)?.cart;
    if (isOutcomeUnknown(error) && !readBack) return this.t('cartUnconfirmed');
    return this.t(ROLLBACK[action], { message: shopperMessage((key) => this.t(key), error) });
  }

  protected override updated(): void {
    const dialog = this.#dialog;
    const shop = this.shop;
    if (this.#open.value && !dialog.open) {
      this.#opener = deepActiveElement();
      dialog.showModal();
      shop?.emit('cart:view', { cart: this.#cart.value ?? null });
    } else if (!this.#open.value && dialog.open) {
      dialog.close();
    }
    // The element to focus may appear only when the backend answers (an undone line): keep trying.
    const target = this.#focusAfter?.();
    if (target) {
      this.#focusAfter = undefined;
      target.focus();
    }
  }

  #onClose = () => {
    // Reopened before this (asynchronous) event arrived: nothing to undo.
    if (this.#dialog.open) return;
    this.shop?.$cartOpen.set(false);
    this.undo = undefined;
    // Whatever order there is, its confirmation was on screen while the drawer was open.
    this.#confirmationSeen = this.#lastOrder.value;
    if (this.completed) {
      this.completed = false;
      this.view = 'cart';
      this.checkoutMounted = false;
    }
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  };

  #onDialogClick = (e: MouseEvent) => {
    // A click on the backdrop lands on the dialog itself.
    if (e.target === this.#dialog) this.hide();
  };

  readonly #lineActions: LineActions = {
    t: (key, values) => this.t(key, values),
    format: (money) => this.shop!.format(money),
    setQuantity: (line, quantity) => {
      if (quantity === 0) return this.#lineActions.remove(line);
      this.undo = undefined;
      this.shop?.cart.update(line.id, quantity).catch(() => {
        // Rolled back; the cart:error listener shows why.
      });
    },
    remove: (line: CartLine) => {
      const shop = this.shop;
      if (!shop) return;
      this.undo = { variantId: line.variantId, quantity: line.quantity, title: line.productTitle };
      this.#focusAfter = () => this.renderRoot.querySelector<HTMLElement>('[part="undo-button"]');
      shop.cart.remove(line.id).catch(() => {
        this.undo = undefined;
      });
    },
  };

  #undoRemove = () => {
    const undo = this.undo;
    const shop = this.shop;
    if (!undo || !shop) return;
    this.undo = undefined;
    this.#focusAfter = () =>
      this.renderRoot.querySelector<HTMLElement>(`[data-variant="${CSS.escape(undo.variantId)}"] input`);
    shop.cart.add(undo.variantId, undo.quantity).catch(() => {
      this.#focusAfter = undefined;
    });
  };

  readonly #summaryActions: SummaryActions = {
    t: (key, values) => this.t(key, values),
    format: (money) => this.shop!.format(money),
    discountInput: (value) => {
      this.discount.code = value;
      if (this.discount.error) this.discount = { ...this.discount, error: '' };
    },
    applyDiscount: async (e) => {
      e.preventDefault();
      const shop = this.shop;
      if (!shop || this.discount.busy) return;
      this.discount = { ...this.discount, busy: true, error: '' };
      try {
        await shop.cart.applyDiscount(this.discount.code);
        this.discount = { code: '', error: '', busy: false };
      } catch (err) {
        // Keep what was typed; say why at the field.
        const error = logShopperError(this.localName, err);
        this.discount = { ...this.discount, busy: false, error: shopperMessage((key) => this.t(key), error) };
        this.#focusAfter = () => this.renderRoot.querySelector<HTMLElement>('#discount-code');
      }
    },
    removeDiscount: (code) => {
      this.shop?.cart.removeDiscount(code).catch(() => {});
      this.#focusAfter = () => this.renderRoot.querySelector<HTMLElement>('#discount-code');
    },
  };

  #retry = async () => {
    const shop = this.shop;
    if (!shop) return;
    const before = shop.$cartError.get();
    await shop.cart.refresh();
    // With no saved cart there is nothing to reload; the old error no longer applies.
    if (shop.$cartError.get() === before) this.dismissed = before;
  };

  #toCheckout = async () => {
    this.view = 'checkout';
    this.checkoutMounted = true;
    await this.updateComplete;
    const checkout = this.renderRoot.querySelector<ShopletCheckout>('shoplet-checkout');
    await checkout?.updateComplete;
    checkout?.focus();
  };

  #toCart = () => {
    this.view = 'cart';
    this.#focusAfter = () => this.renderRoot.querySelector<HTMLElement>('[part="checkout-button"]');
  };

  protected override render() {
    const checkout = this.view === 'checkout';
    return html`<dialog part="dialog" aria-labelledby="cart-title" @close=${this.#onClose} @click=${this.#onDialogClick}>
      <div class="panel">
        <header class="header" part="header">
          ${
            checkout && !this.completed
              ? html`<button type="button" class="icon" part="back-button" aria-label=${this.t('backToCart')} @click=${this.#toCart}>
                <span aria-hidden="true">←</span>
              </button>`
              : nothing
          }
          <h2 id="cart-title" part="title">${checkout ? this.t('handoffTitle') : this.t('cartTitle')}</h2>
          <button type="button" class="icon" part="close-button" aria-label=${this.t('close')} @click=${() => this.hide()}>
            <span aria-hidden="true">✕</span>
          </button>
        </header>
        <div class="body" ?hidden=${checkout}>${this.shop ? this.#renderCart() : nothing}</div>
        ${
          this.checkoutMounted && this.shop
            ? html`<div class="body" ?hidden=${!checkout}>
              <shoplet-checkout
                .client=${this.shop}
                .navigate=${this.navigate}
                .strings=${this.strings}
                .locale=${this.locale}
              ></shoplet-checkout>
              ${
                this.completed
                  ? html`<button type="button" class="secondary wide" @click=${() => this.hide()}>
                    ${this.t('continueShopping')}
                  </button>`
                  : nothing
              }
            </div>`
            : nothing
        }
      </div>
    </dialog>`;
  }

  #renderCart() {
    const cart = this.#cart.value ?? null;
    const status = this.#status.value ?? 'idle';
    const lines = cart?.lines ?? [];
    const loading = status === 'loading' && !lines.length;
    return html`${this.#renderError()}
      <div class="notice ${this.undo ? 'shown' : ''}" part="notice" role="status">
        ${
          this.undo
            ? html`<span>${this.t('removed', { title: this.undo.title })}</span> —
              <button type="button" class="link" part="undo-button" aria-label=${this.t('undoRemove', { title: this.undo.title })} @click=${this.#undoRemove}>
                ${this.t('undo')}
              </button>`
            : nothing
        }
      </div>
      ${
        loading
          ? html`<p class="state" part="loading" aria-busy="true">${this.t('cartLoading')}</p>`
          : !cart || !lines.length
            ? html`<div class="state" part="empty">
              <slot name="empty"><p>${this.t('cartEmpty')}</p></slot>
              <button type="button" class="secondary" @click=${() => this.hide()}>${this.t('continueShopping')}</button>
            </div>`
            : html`${renderLines(this.#lineActions, lines, status === 'busy')}
              <div class="footer" part="footer">
                ${this.shop?.adapter.capabilities.discountCodes ? renderDiscount(this.#summaryActions, cart, this.discount) : nothing}
                ${renderTotals(this.#summaryActions, cart)}
                <button type="button" class="primary wide" part="checkout-button" @click=${this.#toCheckout}>
                  ${this.t('checkout')}
                </button>
                <slot name="trust">
                  <shoplet-delivery-promise .client=${this.shop} .locale=${this.locale}></shoplet-delivery-promise>
                  <shoplet-trust-strip .client=${this.shop} .locale=${this.locale}></shoplet-trust-strip>
                </slot>
              </div>`
      }`;
  }

  #loadFailed(error: ShopletError): string {
    logShopperError(this.localName, error);
    return this.t('cartLoadError', { message: shopperMessage((key) => this.t(key), error) });
  }

  #renderError() {
    const error = this.#error.value;
    const show = error && error !== this.dismissed && !this.#fieldErrors.has(error);
    // The alert region stays in the DOM so that filling it is announced.
    return html`<div class="error ${show ? 'shown' : ''}" part="error" role="alert">
      ${
        show
          ? html`<p>${this.#rollback.get(error) ?? this.#loadFailed(error)}</p>
            <button type="button" class="secondary" part="retry-button" @click=${this.#retry}>${this.t('retry')}</button>`
          : nothing
      }
    </div>`;
  }
}
