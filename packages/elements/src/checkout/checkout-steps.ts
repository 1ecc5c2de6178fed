import type { PaymentOption, ShippingOption } from '@shoplet/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { StringKey } from '../i18n/types.js';
import { countryField, formError, textField } from './checkout-fields.js';
import { type CheckoutActions, type CheckoutState, INLINE_STEPS } from './checkout-state.js';

function heading(a: CheckoutActions, s: CheckoutState, title: string): TemplateResult {
  const index = INLINE_STEPS.indexOf(s.step!);
  return html`<header class="step-head">
    ${
      index >= 0
        ? html`<p class="step-count muted">${a.t('stepOf', { index: index + 1, count: INLINE_STEPS.length })}</p>`
        : nothing
    }
    <h3 id="step-title" part="step-title" tabindex="-1">${title}</h3>
  </header>`;
}

/** The step's submit button; never `disabled` while busy (focus would be lost), it says so with `aria-disabled`. */
function submitButton(s: CheckoutState, part: string, label: string, busyLabel: string): TemplateResult {
  return html`<button
    type="submit"
    class="primary"
    part=${part}
    aria-disabled=${s.busy ? 'true' : 'false'}
    aria-busy=${s.busy ? 'true' : 'false'}
  >
    ${s.busy ? busyLabel : label}
  </button>`;
}

function actions(a: CheckoutActions, s: CheckoutState, label: string, back = true): TemplateResult {
  return html`<div class="step-actions">
    ${back ? html`<button type="button" class="secondary" part="back-button" @click=${() => a.back()}>${a.t('back')}</button>` : nothing}
    ${submitButton(s, 'next-button', label, a.t(s.step === 'payment' ? 'placingOrder' : 'working'))}
  </div>`;
}

/** @internal */
export function emailStep(a: CheckoutActions, s: CheckoutState): TemplateResult {
  return html`<form class="step" novalidate aria-labelledby="step-title" @submit=${a.submit}>
    ${heading(a, s, a.t('contactTitle'))}
    ${textField(a, s, {
      name: 'email',
      label: 'email',
      type: 'email',
      autocomplete: 'email',
      value: s.email,
      required: true,
      hint: a.t('emailHint'),
    })}
    ${formError(s)} ${actions(a, s, a.t('next'), false)}
  </form>`;
}

/** @internal */
export function addressStep(a: CheckoutActions, s: CheckoutState): TemplateResult {
  const v = s.address;
  return html`<form class="step" novalidate aria-labelledby="step-title" @submit=${a.submit}>
    ${heading(a, s, a.t('addressTitle'))}
    ${textField(a, s, { name: 'fullName', label: 'fullName', autocomplete: 'name', value: v.fullName, required: true })}
    ${textField(a, s, {
      name: 'streetLine1',
      label: 'streetLine1',
      autocomplete: 'address-line1',
      value: v.streetLine1,
      required: true,
    })}
    ${textField(a, s, { name: 'streetLine2', label: 'streetLine2', autocomplete: 'address-line2', value: v.streetLine2 })}
    <div class="row">
      ${textField(a, s, { name: 'city', label: 'city', autocomplete: 'address-level2', value: v.city, required: true })}
      ${textField(a, s, {
        name: 'postalCode',
        label: 'postalCode',
        autocomplete: 'postal-code',
        value: v.postalCode,
        required: true,
      })}
    </div>
    ${countryField(a, s)}
    ${textField(a, s, { name: 'phoneNumber', label: 'phone', type: 'tel', autocomplete: 'tel', value: v.phoneNumber })}
    ${formError(s)} ${actions(a, s, a.t('next'))}
  </form>`;
}

function deliveryWindow(a: CheckoutActions, o: ShippingOption): string {
  if (o.minDays === undefined && o.maxDays === undefined) return '';
  const min = o.minDays ?? o.maxDays!;
  const max = o.maxDays ?? min;
  if (min !== max) return a.t('deliveryWindow', { min, max });
  return a.t('deliveryExact', { count: min });
}

function radioGroup<T>(
  a: CheckoutActions,
  s: CheckoutState,
  o: {
    field: 'shippingOption' | 'payment';
    legend: string;
    items: T[];
    id: (item: T) => string;
    selected: string;
    body: (item: T) => TemplateResult;
  },
): TemplateResult {
  const error = s.errors[o.field];
  return html`<fieldset
    class="choices"
    part="choices"
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${error ? `${o.field}-error` : nothing}
  >
    <legend class="vh">${o.legend}</legend>
    ${o.items.map((item) => {
      const id = o.id(item);
      return html`<label class="choice" part="choice">
        <input
          type="radio"
          name=${o.field}
          .value=${id}
          .checked=${id === o.selected}
          @change=${() => a.input(o.field, id)}
        />
        <span class="choice-body">${o.body(item)}</span>
      </label>`;
    })}
    ${error ? html`<p class="field-error" part="field-error" id=${`${o.field}-error`}>${error}</p>` : nothing}
  </fieldset>`;
}

function loadingOrEmpty(
  a: CheckoutActions,
  s: CheckoutState,
  items: unknown[] | undefined,
  loading: StringKey,
  empty: StringKey,
) {
  if (items === undefined) {
    return s.errors.form
      ? html`<button type="button" class="secondary" @click=${() => a.reload()}>${a.t('retry')}</button>`
      : html`<p class="muted" aria-busy="true">${a.t(loading)}</p>`;
  }
  return items.length ? nothing : html`<p class="muted">${a.t(empty)}</p>`;
}

/** @internal */
export function shippingStep(a: CheckoutActions, s: CheckoutState): TemplateResult {
  const options = s.shippingOptions;
  return html`<form class="step" novalidate aria-labelledby="step-title" @submit=${a.submit}>
    ${heading(a, s, a.t('shippingTitle'))} ${loadingOrEmpty(a, s, options, 'shippingLoading', 'noShipping')}
    ${
      options?.length
        ? radioGroup(a, s, {
            field: 'shippingOption',
            legend: a.t('shippingTitle'),
            items: options,
            id: (o) => o.id,
            selected: s.shippingOptionId,
            body: (o) => {
              const window = deliveryWindow(a, o);
              return html`<span class="choice-name">${o.name}</span>
                <span class="choice-price">${o.price.amount === 0 ? a.t('free') : a.format(o.price)}</span>
                ${window ? html`<span class="choice-note muted">${window}</span>` : nothing}
                ${
                  // The backend's description usually repeats the window, in one language only: the
                  // localized window wins when the option has one.
                  !window && o.description ? html`<span class="choice-note muted">${o.description}</span>` : nothing
                }`;
            },
          })
        : nothing
    }
    ${formError(s)} ${actions(a, s, a.t('next'))}
  </form>`;
}

/**
 * After a payment whose outcome nobody knows: no choices and no "Place order", only a way to ask
 * again (paying a cart that became an order returns that order, so asking never pays twice).
 */
function paymentUnconfirmedStep(a: CheckoutActions, s: CheckoutState): TemplateResult {
  return html`<form class="step" novalidate aria-labelledby="step-title" @submit=${a.submit}>
    ${heading(a, s, a.t('paymentTitle'))}
    <p class="form-error" part="form-error" role="alert">${a.t('paymentUnconfirmed')}</p>
    <div class="step-actions">${submitButton(s, 'check-button', a.t('checkAgain'), a.t('checkingPayment'))}</div>
  </form>`;
}

/** @internal */
export function paymentStep(a: CheckoutActions, s: CheckoutState): TemplateResult {
  if (s.paymentUnconfirmed) return paymentUnconfirmedStep(a, s);
  const options = s.paymentOptions;
  const cart = s.cart;
  const shipping = s.shippingOptions?.find((o) => o.id === s.shippingOptionId);
  return html`<form class="step" novalidate aria-labelledby="step-title" @submit=${a.submit}>
    ${heading(a, s, a.t('paymentTitle'))} ${loadingOrEmpty(a, s, options, 'paymentLoading', 'noPayment')}
    ${
      options?.length
        ? radioGroup<PaymentOption>(a, s, {
            field: 'payment',
            legend: a.t('paymentTitle'),
            items: options,
            id: (o) => o.code,
            selected: s.paymentCode,
            body: (o) => html`<span class="choice-name">${o.name}</span>
              <span class="choice-note muted">${o.description ? `${o.description} ` : ''}${a.t(o.kind === 'no-card' ? 'paymentNoCard' : 'paymentHosted')}</span>`,
          })
        : nothing
    }
    ${
      cart
        ? html`<dl class="totals" part="totals">
          <div><dt>${a.t('subtotal')}</dt><dd>${a.format(cart.subtotal)}</dd></div>
          ${
            shipping
              ? html`<div>
                <dt>${a.t('shipping')}</dt>
                <dd>${shipping.price.amount === 0 ? a.t('free') : a.format(shipping.price)}</dd>
              </div>`
              : nothing
          }
          <div class="grand"><dt>${a.t('total')}</dt><dd>${a.format(cart.total)}</dd></div>
        </dl>`
        : nothing
    }
    ${formError(s)} ${actions(a, s, cart ? a.t('placeOrder', { total: a.format(cart.total) }) : a.t('next'))}
  </form>`;
}

/** @internal */
export function doneStep(a: CheckoutActions, s: CheckoutState): TemplateResult {
  const order = s.order!;
  return html`<section class="step done" aria-labelledby="step-title">
    ${heading(a, s, a.t('doneTitle'))}
    <p class="order-code" part="order-code">${a.t('orderCode', { code: order.code })}</p>
    ${s.email ? html`<p>${a.t('doneText', { email: s.email })}</p>` : nothing}
    <ul class="order-lines">
      ${order.lines.map(
        (l) => html`<li>
          <span>${l.productTitle}${l.variantTitle && l.variantTitle !== 'Default' ? ` · ${l.variantTitle}` : ''} × ${l.quantity}</span>
          <span>${a.format(l.total)}</span>
        </li>`,
      )}
    </ul>
    <dl class="totals" part="totals">
      ${order.shipping ? html`<div><dt>${a.t('shipping')}</dt><dd>${a.format(order.shipping)}</dd></div>` : nothing}
      <div class="grand"><dt>${a.t('total')}</dt><dd>${a.format(order.total)}</dd></div>
    </dl>
  </section>`;
}

/** @internal */
export function handoffStep(a: CheckoutActions, s: CheckoutState, onContinue: () => void): TemplateResult {
  return html`<section class="step handoff" aria-labelledby="step-title">
    <header class="step-head"><h3 id="step-title" part="step-title" tabindex="-1">${a.t('handoffTitle')}</h3></header>
    <p class="handoff-text" part="handoff-text">${a.t('handoffText', { provider: s.provider })}</p>
    ${
      s.cart
        ? html`<dl class="totals" part="totals">
          <div class="grand"><dt>${a.t('total')}</dt><dd>${a.format(s.cart.total)}</dd></div>
        </dl>`
        : nothing
    }
    ${formError(s)}
    <div class="step-actions">
      <button
        type="button"
        class="primary"
        part="continue-button"
        aria-disabled=${s.busy ? 'true' : 'false'}
        aria-busy=${s.busy ? 'true' : 'false'}
        @click=${onContinue}
      >
        ${s.busy ? a.t('redirecting', { provider: s.provider }) : a.t('continueToPay', { provider: s.provider })}
      </button>
    </div>
  </section>`;
}
