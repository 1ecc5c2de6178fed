import type { Product, Shoplet, Variant } from '@shoplet/core';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { PurchaseController } from './purchase.js';
import type { ShopletElement } from './shoplet-element.js';
import { lowestPrice, valueState } from './variants.js';

/**
 * The price of the chosen variant with its compare-at ("was") price, which screen readers hear as
 * "Now £49.00, Was £59.00"; the product's lowest price before a variant is chosen.
 *
 * @example
 * renderVariantPrice(this, product, purchase.variant);
 */
export function renderVariantPrice(
  host: ShopletElement,
  product: Product,
  variant: Variant | undefined,
): TemplateResult {
  const shop = host.shop as Shoplet;
  const price = variant ? variant.price : lowestPrice(product);
  const compareAt = variant?.compareAtPrice;
  if (!price) return html``;
  const now = shop.format(price);
  if (!compareAt || compareAt.amount <= price.amount) return html`<p class="price" part="price">${now}</p>`;
  const was = shop.format(compareAt);
  return html`<p class="price" part="price">
    <span class="vh">${host.t('salePrice', { price: now })}</span><span class="sale" aria-hidden="true">${now}</span>
    <span class="vh">${host.t('wasPrice', { price: was })}</span><s class="was" part="compare-at" aria-hidden="true">${was}</s>
  </p>`;
}

/**
 * One radio group per option axis with more than one value. Values that would make a sold-out or
 * non-existent variant are disabled and say so. The groups sit in their own `<form>`: radios group
 * by name within their form, else within the whole shadow root, and Chromium's registry of those
 * groups kept each removed radio, and the content around it, alive as long as the element (the
 * sheet grew by its whole content on every open and close).
 *
 * @example
 * renderOptions(this, product, this.purchase);
 */
export function renderOptions(host: ShopletElement, product: Product, purchase: PurchaseController): TemplateResult {
  return html`<form class="options" @submit=${(e: Event) => e.preventDefault()}>${product.options
    .filter((o) => o.values.length > 1)
    .map(
      (option, axis) => html`<fieldset class="option" part="option">
        <legend>${option.name}</legend>
        <div class="values">
          ${option.values.map((value) => {
            const checked = purchase.selection[option.name] === value;
            const state = valueState(product, purchase.selection, option.name, value);
            return html`<label class="value" part="option-value" data-state=${state}>
              <input
                type="radio"
                name=${`option-${axis}`}
                .value=${value}
                .checked=${checked}
                ?disabled=${state !== 'available' && !checked}
                @change=${() => purchase.select(option.name, value)}
              /><span>${value}</span>${
                state === 'available'
                  ? nothing
                  : html`<span class="note">${host.t(state === 'sold-out' ? 'soldOut' : 'unavailable')}</span>`
              }
            </label>`;
          })}
        </div>
      </fieldset>`,
    )}</form>`;
}

/**
 * "In stock", "Only 3 left" or "Sold out" for the chosen variant.
 *
 * @example
 * renderStock(this, purchase.variant);
 */
export function renderStock(host: ShopletElement, variant: Variant | undefined): TemplateResult {
  const left = variant?.quantityAvailable ?? 0;
  const [kind, key] = !variant
    ? ['muted', 'unavailable']
    : !variant.availableForSale
      ? ['sold-out', 'soldOut']
      : left > 0 && left <= 5
        ? ['', 'lowStock']
        : ['', 'inStock'];
  return html`<p class="stock ${kind}" part="stock">${host.t(key as 'lowStock', { count: left })}</p>`;
}

/**
 * Quantity input plus the add-to-cart button and its live status (busy, added, error + retry;
 * after a lost answer, a way to the cart instead of a retry that could add the line twice).
 * The button is never `disabled` while busy (focus would be lost); it says so with `aria-disabled`.
 *
 * @example
 * renderAddToCart(this, this.purchase);
 */
export function renderAddToCart(
  host: ShopletElement,
  purchase: PurchaseController,
  withQuantity = true,
): TemplateResult {
  const variant = purchase.variant;
  const buyable = !!variant?.availableForSale;
  const busy = purchase.status === 'busy';
  const label = !variant
    ? 'unavailable'
    : !buyable
      ? 'soldOut'
      : busy
        ? 'adding'
        : purchase.status === 'added'
          ? 'added'
          : 'addToCart';
  const max = variant?.quantityAvailable;
  // The first add should not wait for its code or the cart's: start loading them on the way there.
  const preload = () => purchase.preload();
  const add = () => purchase.add();
  return html`<div class="buy">
      ${
        withQuantity && buyable
          ? html`<label class="quantity" part="quantity"
            >${host.t('quantity')}
            <input
              type="number"
              inputmode="numeric"
              min="1"
              max=${max ?? 99}
              .value=${String(purchase.quantity)}
              @change=${(e: Event) => purchase.setQuantity(Number((e.target as HTMLInputElement).value))}
          /></label>`
          : nothing
      }
      <button
        class="primary add"
        part="add-button"
        ?disabled=${!buyable}
        aria-disabled=${busy ? 'true' : 'false'}
        aria-busy=${busy ? 'true' : 'false'}
        @click=${add}
        @pointerenter=${preload}
        @focus=${preload}
      >
        ${host.t(label)}
      </button>
    </div>
    <p class="status" part="status" role="status">${purchase.status === 'added' ? host.t('added') : ''}</p>
    ${
      purchase.status === 'error'
        ? html`<p class="error" part="error" role="alert">
          ${host.t('addFailed', { message: purchase.error })}
          <button class="secondary" @click=${add}>${host.t('retry')}</button>
        </p>`
        : purchase.status === 'unconfirmed'
          ? html`<p class="error" part="error" role="alert">
            ${host.t('addUnconfirmed')}
            <button class="secondary" @click=${() => purchase.checkCart()}>${host.t('viewCart')}</button>
          </p>`
          : nothing
    }`;
}

/**
 * Styles for the price, option groups, quantity, add button and status lines.
 *
 * @example
 * static styles = [theme, purchaseStyles];
 */
export const purchaseStyles = css`
  .options {
    display: contents;
  }
  .price {
    margin: 0;
    font-weight: 600;
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    flex-wrap: wrap;
  }
  .sale {
    color: var(--_sale);
  }
  .was {
    color: var(--_muted);
    font-weight: 400;
  }
  .option {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .option legend {
    padding: 0;
    margin-bottom: 0.25rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .values {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .value {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .value input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }
  .value:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .value:has(input:focus-visible) {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .value:has(input:disabled) {
    cursor: not-allowed;
    color: var(--_muted);
    text-decoration: line-through;
  }
  .value .note {
    font-size: 0.75em;
    text-decoration: none;
    display: inline-block;
  }
  .stock {
    margin: 0;
    font-size: 0.875em;
  }
  .sold-out {
    color: var(--_error);
  }
  .buy {
    display: flex;
    gap: 0.5rem;
    align-items: end;
    flex-wrap: wrap;
  }
  .quantity {
    display: grid;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .quantity input {
    width: 4.5rem;
    min-height: 2.75rem;
    padding: 0 0.5rem;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .add {
    flex: 1;
  }
  .status {
    margin: 0;
    color: var(--_success);
    font-size: 0.875em;
  }
  .error {
    margin: 0;
    color: var(--_error);
    font-size: 0.875em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
`;
