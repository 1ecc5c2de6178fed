import { html, nothing, type TemplateResult } from 'lit';
import type { StringKey } from '../i18n/types.js';
import type { CheckoutActions, CheckoutField, CheckoutState } from './checkout-state.js';

/**
 * One labelled text field. The hint and the error are tied to the input with `aria-describedby`,
 * and `aria-invalid` marks a field with an error.
 *
 * @internal
 */
export function textField(
  a: CheckoutActions,
  s: CheckoutState,
  o: {
    name: Exclude<CheckoutField, 'form' | 'countryCode' | 'shippingOption' | 'payment'>;
    label: StringKey;
    value: string;
    autocomplete: string;
    type?: 'text' | 'email' | 'tel';
    required?: boolean;
    hint?: string;
  },
): TemplateResult {
  const error = s.errors[o.name];
  const describedBy = [o.hint ? `${o.name}-hint` : '', error ? `${o.name}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field" part="field">
    <label for=${o.name}
      >${a.t(o.label)}${o.required ? nothing : html` <span class="muted">${a.t('optional')}</span>`}</label
    >
    <input
      id=${o.name}
      name=${o.name}
      type=${o.type ?? 'text'}
      autocomplete=${o.autocomplete}
      ?required=${o.required ?? false}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${o.value}
      @input=${(e: Event) => a.input(o.name, (e.target as HTMLInputElement).value)}
    />
    ${o.hint ? html`<p class="hint muted" id=${`${o.name}-hint`}>${o.hint}</p>` : nothing}
    ${error ? html`<p class="field-error" part="field-error" id=${`${o.name}-error`}>${error}</p>` : nothing}
  </div>`;
}

/** Countries offered in the address form besides the shop's own market. */
const COUNTRIES = [
  'AT',
  'AU',
  'BE',
  'CA',
  'CH',
  'CZ',
  'DE',
  'DK',
  'ES',
  'FI',
  'FR',
  'GB',
  'IE',
  'IT',
  'JP',
  'LU',
  'NL',
  'NO',
  'NZ',
  'PL',
  'PT',
  'SE',
  'US',
];

/**
 * The country picker: a `<select autocomplete="country">` whose values are ISO codes, with the
 * names in the shopper's language.
 *
 * @internal
 */
export function countryField(a: CheckoutActions, s: CheckoutState): TemplateResult {
  const error = s.errors.countryCode;
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([a.locale(), 'en'], { type: 'region' });
  } catch {
    names = undefined;
  }
  const current = s.address.countryCode;
  const codes = [...new Set([...(current ? [current] : []), ...COUNTRIES])];
  const options = codes
    .map((code) => ({ code, name: names?.of(code) ?? code }))
    .sort((x, y) => x.name.localeCompare(y.name, a.locale()));
  return html`<div class="field" part="field">
    <label for="countryCode">${a.t('country')}</label>
    <select
      id="countryCode"
      name="countryCode"
      autocomplete="country"
      required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? 'countryCode-error' : nothing}
      @change=${(e: Event) => a.input('countryCode', (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!current}></option>
      ${options.map((o) => html`<option value=${o.code} ?selected=${o.code === current}>${o.name}</option>`)}
    </select>
    ${error ? html`<p class="field-error" part="field-error" id="countryCode-error">${error}</p>` : nothing}
  </div>`;
}

/**
 * The error about the step as a whole (not one field), announced at once.
 *
 * @internal
 */
export function formError(s: CheckoutState): TemplateResult {
  return html`<p class="form-error" part="form-error" role="alert">${s.errors.form ?? ''}</p>`;
}
