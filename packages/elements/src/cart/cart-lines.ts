import type { CartLine, Money } from '@shoplet/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { StringKey } from '../i18n/types.js';
import { safeUrl } from '../internal/safe-url.js';

/**
 * What the line templates may call on `<shoplet-cart>`.
 *
 * @internal
 */
export interface LineActions {
  t(key: StringKey, values?: Record<string, string | number>): string;
  format(money: Money): string;
  setQuantity(line: CartLine, quantity: number): void;
  remove(line: CartLine): void;
}

function options(line: CartLine): string {
  if (line.selectedOptions.length) return line.selectedOptions.map((o) => `${o.name}: ${o.value}`).join(' · ');
  return line.variantTitle && line.variantTitle !== 'Default' && line.variantTitle !== 'Default Title'
    ? line.variantTitle
    : '';
}

function renderLine(a: LineActions, line: CartLine): TemplateResult {
  const title = line.productTitle;
  const opts = options(line);
  const onInput = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const value = Number(input.value);
    if (!Number.isInteger(value) || value < 0 || value > 9999) {
      input.value = String(line.quantity);
      return;
    }
    if (value !== line.quantity) a.setQuantity(line, value);
  };
  const imageUrl = safeUrl(line.image?.url, { kind: 'media', field: `cart line ${line.id} image.url` });
  return html`<li class="line" part="line" data-variant=${line.variantId}>
    <div class="line-media">
      ${
        imageUrl
          ? html`<img
            part="line-image"
            src=${imageUrl}
            alt=${line.image?.altText || title}
            width="64"
            height="80"
            loading="lazy"
          />`
          : nothing
      }
    </div>
    <div class="line-info">
      <p class="line-title" part="line-title">${title}</p>
      ${opts ? html`<p class="line-options muted" part="line-options">${opts}</p>` : nothing}
      <p class="line-unit muted">${a.t('unitPrice', { price: a.format(line.unitPrice) })}</p>
      <div class="line-controls">
        <div class="stepper" part="stepper" role="group" aria-label=${a.t('quantityOf', { title })}>
          <button
            type="button"
            part="stepper-button"
            class="decrease"
            aria-label=${line.quantity <= 1 ? a.t('removeLine', { title }) : a.t('decrease', { title })}
            @click=${() => (line.quantity <= 1 ? a.remove(line) : a.setQuantity(line, line.quantity - 1))}
          >
            <span aria-hidden="true">−</span>
          </button>
          <input
            part="quantity-input"
            type="number"
            inputmode="numeric"
            min="0"
            max="9999"
            aria-label=${a.t('quantityOf', { title })}
            .value=${live(String(line.quantity))}
            @change=${onInput}
          />
          <button
            type="button"
            part="stepper-button"
            class="increase"
            aria-label=${a.t('increase', { title })}
            @click=${() => a.setQuantity(line, line.quantity + 1)}
          >
            <span aria-hidden="true">+</span>
          </button>
        </div>
        <button type="button" class="remove link" part="remove-button" @click=${() => a.remove(line)}>
          ${a.t('remove')}<span class="vh"> ${title}</span>
        </button>
      </div>
    </div>
    <p class="line-total" part="line-total">${a.format(line.total)}</p>
  </li>`;
}

/**
 * The cart lines: image, title, options, unit price, a labelled quantity stepper and remove.
 *
 * @internal
 */
export function renderLines(a: LineActions, lines: CartLine[], busy: boolean): TemplateResult {
  return html`<ul class="lines" part="lines" aria-busy=${busy ? 'true' : 'false'}>
    ${repeat(
      lines,
      (l) => l.variantId,
      (l) => renderLine(a, l),
    )}
  </ul>`;
}
