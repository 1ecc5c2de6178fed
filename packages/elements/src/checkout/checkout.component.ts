import { type Cart, type CheckoutHandoff, isOutcomeUnknown, type Order, type Shoplet } from '@shoplet/core';
import { html, nothing, type PropertyValues } from 'lit';
import { emit } from '../events/emit.js';
import { toMajorUnits } from '../internal/major-units.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { logShopperError, shopperMessage } from '../internal/shopper-error.js';
import { StoreController } from '../internal/store-controller.js';
import { theme } from '../internal/theme.js';
import { totalsStyles } from '../internal/totals.styles.js';
import { checkoutStyles } from './checkout.styles.js';
import {
  type CheckoutActions,
  type CheckoutState,
  type CheckoutStep,
  fieldOfError,
  INLINE_STEPS,
  initialState,
  REQUIRED_ADDRESS,
  toAddress,
} from './checkout-state.js';
import { addressStep, doneStep, emailStep, handoffStep, paymentStep, shippingStep } from './checkout-steps.js';

/**
 * @tagname shoplet-checkout
 * @summary The checkout steps. When the backend has its own checkout page (Shopify) it explains the
 * hand-off and redirects; when it supports inline checkout (Vendure) it runs email, shipping
 * address, shipping method, payment and confirmation in place. `<shoplet-cart>` shows it in its
 * drawer; it also works on its own, for a checkout page.
 *
 * @csspart step-title - The heading of the current step.
 * @csspart field - A labelled form field.
 * @csspart field-error - The error under a field.
 * @csspart form-error - The error about the step as a whole.
 * @csspart choices - The shipping or payment radio group.
 * @csspart choice - One shipping or payment option.
 * @csspart back-button - The button to the previous step.
 * @csspart next-button - The button that submits the step.
 * @csspart continue-button - The button that redirects to the provider's checkout.
 * @csspart handoff-text - "You will pay on …'s secure checkout".
 * @csspart totals - Subtotal, shipping and total.
 * @csspart order-code - The placed order's code.
 * @csspart check-button - "Check again", after a payment whose outcome is unknown.
 * @csspart trust - The "Secure checkout by …" line.
 *
 * @cssprop --shoplet-color-accent - Primary button background.
 * @cssprop --shoplet-color-error - Error text colour.
 * @cssprop --shoplet-radius - Corner radius of fields and buttons.
 *
 * @event shoplet-checkout - Checkout started (hand-off or inline); carries cart id, provider and value.
 * @event shoplet-error - A step failed (the detail is in the event and the console); the shopper
 * reads a plain sentence at the field it concerns.
 *
 * @example
 * <shoplet-checkout></shoplet-checkout>
 */
export class ShopletCheckout extends ShopletElement {
  static override styles = [theme, totalsStyles, checkoutStyles];

  static override properties = {
    navigate: { attribute: false },
    s: { state: true },
  };

  /**
   * Where a redirect hand-off sends the shopper. Replace it to open the checkout in a new tab or to
   * observe the URL in tests.
   */
  declare navigate: (url: string) => void;

  declare private s: CheckoutState;

  constructor() {
    super();
    this.navigate = (url) => location.assign(url);
    this.s = initialState(undefined);
  }
  #started = false;
  #focusStep = false;
  readonly #lastOrder = new StoreController<Order | null>(this);
  /** An order placed before this checkout began, which is not this checkout's confirmation. */
  #earlierOrder: Order | null = null;

  /** The current step (`undefined` until a client is known). */
  get step(): CheckoutStep | undefined {
    return this.s.step;
  }

  /** The order placed by the inline flow, once paid. */
  get order() {
    return this.s.order;
  }

  /** Moves focus to the current step's heading, so screen readers announce the step. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#step-title')?.focus(options);
  }

  /** Starts over from the first step, keeping nothing the shopper typed. */
  reset(): void {
    this.#earlierOrder = this.shop?.$lastOrder.get() ?? null;
    this.s = initialState(this.shop?.country);
    this.#started = false;
  }

  readonly #a: CheckoutActions = {
    t: (key, values) => this.t(key, values),
    format: (money) => this.shop?.format(money) ?? `${money.amount} ${money.currencyCode}`,
    locale: () => this.locale ?? this.shop?.locale ?? (document.documentElement.lang || 'en'),
    submit: (e) => {
      e.preventDefault();
      void this.#submit();
    },
    back: () => this.#back(),
    input: (field, value) => {
      const s = this.s;
      if (field === 'email') s.email = value;
      else if (field === 'shippingOption') s.shippingOptionId = value;
      else if (field === 'payment') s.paymentCode = value;
      else s.address[field] = value;
      // A corrected field loses its error; nothing else re-renders while typing.
      if (s.errors[field]) this.#patch({ errors: { ...s.errors, [field]: undefined } });
    },
    reload: () => void this.#load(),
  };

  #patch(next: Partial<CheckoutState>): void {
    this.s = { ...this.s, ...next };
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const shop = this.shop;
    this.#lastOrder.track(shop?.$lastOrder);
    if (!shop) return;
    if (!this.s.step) this.#begin(shop);
    // An order this checkout placed, also one the client found after a reload when the answer to
    // `pay` was lost: show its confirmation, never an empty cart to pay again.
    const order = this.#lastOrder.value;
    if (order && order !== this.#earlierOrder && this.s.step !== 'done') {
      this.s = { ...this.s, step: 'done', order, busy: false, paymentUnconfirmed: false, errors: {} };
      this.#focusStep = true;
    }
  }

  #begin(shop: Shoplet): void {
    const inline = !!shop.checkout.inline;
    const cart = shop.$cart.get();
    // With a cart to pay, an order placed before is not this checkout's; with nothing left in the
    // cart, it is the one the shopper came back for.
    if (cart?.lines.length) this.#earlierOrder = shop.$lastOrder.get();
    this.s = {
      ...initialState(shop.country),
      step: inline ? 'email' : 'handoff',
      provider: shop.adapter.capabilities.checkoutProvider,
      cart,
    };
    const placed = shop.$lastOrder.get();
    if (inline && !this.#started && !(placed && placed !== this.#earlierOrder)) void this.#start();
  }

  protected override updated(): void {
    if (!this.#focusStep) return;
    this.#focusStep = false;
    const invalid = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid?.matches('fieldset')
      ? invalid.querySelector<HTMLElement>('input:checked, input')
      : (invalid ?? this.renderRoot.querySelector<HTMLElement>('#step-title'));
    target?.focus();
  }

  /** Calls `shop.checkout.start()` once and emits `shoplet-checkout`; redirects when the adapter hands off. */
  async #start(): Promise<CheckoutHandoff | undefined> {
    const shop = this.shop;
    if (!shop) return undefined;
    this.#started = true;
    const cart = shop.$cart.get();
    try {
      const handoff = await shop.checkout.start();
      this.#emitCheckout(handoff, cart);
      return handoff;
    } catch (err) {
      this.#started = false;
      // The cart became an order meanwhile (found after a reload): its confirmation is showing.
      if (this.s.step !== 'done') this.#fail(err, 'startFailed');
      return undefined;
    }
  }

  #emitCheckout(handoff: CheckoutHandoff, cart: Cart | null): void {
    if (!cart) return;
    emit(this, 'shoplet-checkout', {
      cartId: cart.id,
      kind: handoff.kind,
      provider: handoff.provider,
      itemCount: cart.totalQuantity,
      total: cart.total,
      currency: cart.total.currencyCode,
      value: toMajorUnits(cart.total),
    });
  }

  #continueHandoff = async () => {
    if (this.s.busy) return;
    this.#patch({ busy: true, errors: {} });
    const handoff = await this.#start();
    if (handoff?.kind === 'redirect') this.navigate(handoff.url);
    else if (handoff) this.#patch({ step: 'email' });
    // Stay busy while the page navigates away; a test or a new tab navigation returns here.
    this.#patch({ busy: false });
  };

  #back(): void {
    const index = INLINE_STEPS.indexOf(this.s.step!);
    if (index <= 0) return;
    this.#patch({ step: INLINE_STEPS[index - 1]!, errors: {} });
    this.#focusStep = true;
  }

  /**
   * Shows a failure in the shopper's words at the field it names (moving to that field's step),
   * else for the step as a whole; the backend's own message goes to the console and the event.
   */
  #fail(err: unknown, prefix: 'startFailed' | 'stepFailed' = 'stepFailed'): void {
    const error = logShopperError(this.localName, err);
    const target = fieldOfError(error.field);
    const onStep = target && INLINE_STEPS.includes(target.step) ? target : undefined;
    const message = shopperMessage((key) => this.t(key), error);
    this.#patch({
      busy: false,
      paymentUnconfirmed: false,
      step: onStep?.step ?? this.s.step,
      errors: onStep ? { [onStep.field]: message } : { form: this.t(prefix, { message }) },
    });
    this.#reportError(error);
  }

  #reportError(error: ReturnType<typeof logShopperError>): void {
    this.#focusStep = true;
    emit(this, 'shoplet-error', {
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
    });
  }

  /** Checks the current step in the browser first, so obvious mistakes need no round trip. */
  #validate(): CheckoutState['errors'] {
    const s = this.s;
    const errors: CheckoutState['errors'] = {};
    const required = (label: Parameters<ShopletElement['t']>[0]) => this.t('required', { field: this.t(label) });
    if (s.step === 'email') {
      const input = this.renderRoot.querySelector<HTMLInputElement>('#email');
      if (!s.email.trim()) errors.email = required('email');
      else if (input && !input.validity.valid) errors.email = this.t('invalidEmail');
    } else if (s.step === 'address') {
      const labels = {
        fullName: 'fullName',
        streetLine1: 'streetLine1',
        city: 'city',
        postalCode: 'postalCode',
        countryCode: 'country',
      } as const;
      for (const field of REQUIRED_ADDRESS) {
        if (!s.address[field].trim()) errors[field] = required(labels[field as keyof typeof labels]);
      }
    } else if (s.step === 'shipping' && s.shippingOptions?.length && !s.shippingOptionId) {
      errors.shippingOption = this.t('chooseShipping');
    } else if (s.step === 'payment' && s.paymentOptions?.length && !s.paymentCode) {
      errors.payment = this.t('choosePayment');
    }
    return errors;
  }

  async #submit(): Promise<void> {
    const inline = this.shop?.checkout.inline;
    const s = this.s;
    if (!inline || s.busy) return;
    const errors = this.#validate();
    if (Object.keys(errors).length) {
      this.#patch({ errors });
      this.#focusStep = true;
      return;
    }
    if ((s.step === 'shipping' && !s.shippingOptions?.length) || (s.step === 'payment' && !s.paymentOptions?.length)) {
      void this.#load();
      return;
    }
    this.#patch({ busy: true, errors: {} });
    try {
      if (s.step === 'email') {
        const cart = await inline.setContact({ email: s.email.trim() });
        this.#goTo('address', { cart });
      } else if (s.step === 'address') {
        const cart = await inline.setShippingAddress(toAddress(s.address));
        this.#goTo('shipping', { cart });
      } else if (s.step === 'shipping') {
        const cart = await inline.setShippingOption(s.shippingOptionId);
        this.#goTo('payment', { cart });
      } else if (s.step === 'payment') {
        const order = await inline.pay(s.paymentCode);
        this.#goTo('done', { order, paymentUnconfirmed: false });
      }
    } catch (err) {
      if (s.step === 'payment' && isOutcomeUnknown(err)) this.#paymentUnconfirmed(err);
      else this.#fail(err);
    }
  }

  /**
   * The answer to `pay` was lost and the adapter could not find out whether the payment went
   * through: say so, and offer only to check again (never "Place order", which reads as "nothing
   * happened").
   */
  #paymentUnconfirmed(err: unknown): void {
    const error = logShopperError(this.localName, err);
    this.#patch({ busy: false, paymentUnconfirmed: true, errors: {} });
    this.#reportError(error);
  }

  #goTo(step: CheckoutStep, extra: Partial<CheckoutState>): void {
    this.#patch({ ...extra, step, busy: false, errors: {} });
    this.#focusStep = true;
    if (step === 'shipping' || step === 'payment') void this.#load();
  }

  /** Fetches the options of the shipping or payment step (again after a failure). */
  async #load(): Promise<void> {
    const inline = this.shop?.checkout.inline;
    const step = this.s.step;
    if (!inline || (step !== 'shipping' && step !== 'payment')) return;
    this.#patch(
      step === 'shipping' ? { shippingOptions: undefined, errors: {} } : { paymentOptions: undefined, errors: {} },
    );
    try {
      if (step === 'shipping') {
        const options = await inline.shippingOptions();
        const keep = options.some((o) => o.id === this.s.shippingOptionId);
        this.#patch({
          shippingOptions: options,
          shippingOptionId: keep ? this.s.shippingOptionId : (options[0]?.id ?? ''),
        });
      } else {
        const options = await inline.paymentOptions();
        const keep = options.some((o) => o.code === this.s.paymentCode);
        this.#patch({ paymentOptions: options, paymentCode: keep ? this.s.paymentCode : (options[0]?.code ?? '') });
      }
    } catch (err) {
      this.#fail(err);
    }
  }

  protected override render() {
    const s = this.s;
    const a = this.#a;
    if (!s.step) return html`<p class="muted" aria-busy="true">${this.t('loading')}</p>`;
    const body =
      s.step === 'handoff'
        ? handoffStep(a, s, this.#continueHandoff)
        : s.step === 'email'
          ? emailStep(a, s)
          : s.step === 'address'
            ? addressStep(a, s)
            : s.step === 'shipping'
              ? shippingStep(a, s)
              : s.step === 'payment'
                ? paymentStep(a, s)
                : doneStep(a, s);
    return html`${body}
      ${
        s.step === 'done'
          ? nothing
          : html`<p class="trust" part="trust">
            <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
              <path fill="currentColor" d="M8 1 3 3v4c0 3.3 2.1 6.3 5 7 2.9-.7 5-3.7 5-7V3L8 1Zm-1 10L4.5 8.5l1-1L7 9l3.5-3.5 1 1L7 11Z" />
            </svg>
            ${this.t('secureCheckout', { provider: s.provider })}
          </p>`
      }`;
  }
}
