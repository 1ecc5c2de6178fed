import type { Cart, Money } from '@shoplet/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { StringKey } from '../i18n/types.js';

/**
 * What the discount form and totals may call on `<shoplet-cart>`.
 *
 * @internal
 */
export interface SummaryActions {
  t(key: StringKey, values?: Record<string, string | number>): string;
  format(money: Money): string;
  applyDiscount(e: SubmitEvent): void;
  removeDiscount(code: string): void;
  discountInput(value: string): void;
}

/**
 * The discount code form state.
 *
 * @internal
 */
export interface DiscountState {
  code: string;
  error: string;
  busy: boolean;
}

/**
 * The discount code form and the codes already on the cart. A refused code's message from the
 * backend is shown under the field and tied to it with `aria-describedby`.
 *
 * @internal
 */
export function renderDiscount(a: SummaryActions, cart: Cart, d: DiscountState): TemplateResult {
  return html`<form class="discount" part="discount" novalidate @submit=${a.applyDiscount}>
    <label for="discount-code">${a.t('discountCode')}</label>
    <div class="discount-row">
      <input
        id="discount-code"
        name="code"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        aria-invalid=${d.error ? 'true' : 'false'}
        aria-describedby=${d.error ? 'discount-error' : nothing}
        .value=${d.code}
        @input=${(e: Event) => a.discountInput((e.target as HTMLInputElement).value)}
      />
      <button
        type="submit"
        class="secondary"
        part="discount-button"
        aria-disabled=${d.busy ? 'true' : 'false'}
        aria-busy=${d.busy ? 'true' : 'false'}
      >
        ${d.busy ? a.t('applying') : a.t('applyDiscount')}
      </button>
    </div>
    ${d.error ? html`<p class="field-error" part="discount-error" id="discount-error">${d.error}</p>` : nothing}
    ${
      cart.discountCodes.length
        ? html`<ul class="codes" part="discount-codes" aria-label=${a.t('appliedCodes')}>
          ${cart.discountCodes.map(
            (c) => html`<li class="code" part="discount-code" data-applicable=${String(c.applicable)}>
              <span>${c.code}</span>
              ${c.applicable ? nothing : html`<span class="muted">(${a.t('discountNotApplicable')})</span>`}
              <button
                type="button"
                class="code-remove"
                aria-label=${a.t('removeDiscount', { code: c.code })}
                @click=${() => a.removeDiscount(c.code)}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>`,
          )}
        </ul>`
        : nothing
    }
  </form>`;
}

/**
 * Subtotal, discount and total in the shopper's currency.
 *
 * @internal
 */
export function renderTotals(a: SummaryActions, cart: Cart): TemplateResult {
  const discount = cart.subtotal.amount - cart.total.amount;
  return html`<dl class="totals" part="totals">
    <div><dt>${a.t('subtotal')}</dt><dd part="subtotal">${a.format(cart.subtotal)}</dd></div>
    ${
      discount > 0 && cart.discountCodes.some((c) => c.applicable)
        ? html`<div class="discount-amount">
          <dt>${a.t('discount')}</dt>
          <dd>−${a.format({ amount: discount, currencyCode: cart.total.currencyCode })}</dd>
        </div>`
        : nothing
    }
    <div class="grand"><dt>${a.t('total')}</dt><dd part="total">${a.format(cart.total)}</dd></div>
  </dl>`;
}
