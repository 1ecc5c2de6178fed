// What tags and their image run only once the shopper reaches them: the hover/focus card (its
// markup, styles and the geometry that keeps it inside the image), activation (the
// `shoplet-tag-activate` event and the product sheet) and arrow-key navigation between hotspots.
// `tag-code.ts` loads it when the pointer or focus reaches an image or a tag, so the card, a press
// or a key rarely wait for it.
import { adoptStyles, css, html, nothing, type TemplateResult } from 'lit';
import { emit } from '../../events/emit.js';
import { safeUrl } from '../../internal/safe-url.js';
import { lowestPrice } from '../../internal/variants.js';
import { openSheet } from '../../sheet/open-sheet.js';
import type { ShopletTag } from '../tag.component.js';

/**
 * The card's styles, added to a tag's shadow root when it first shows the card.
 *
 * @example
 * adoptStyles(root, [...ShopletTag.elementStyles, cardStyles]);
 */
export const cardStyles = css`
  .card {
    position: absolute;
    top: calc(var(--shoplet-hotspot-size, 1.75rem) / 2 + 0.5rem);
    left: 0;
    transform: translateX(calc(-50% + var(--_dx, 0px)));
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5rem;
    align-items: center;
    width: max-content;
    max-width: min(16rem, var(--_max-width, 16rem));
    padding: 0.5rem;
    background: var(--_bg);
    color: var(--_text);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
    font-size: 0.875rem;
    pointer-events: none;
  }
  .card.above {
    top: auto;
    bottom: calc(var(--shoplet-hotspot-size, 1.75rem) / 2 + 0.5rem);
  }
  .card img {
    width: 3rem;
    height: 3rem;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
  }
  .card p {
    margin: 0;
  }
  .card .name {
    font-weight: 600;
  }
`;

const styled = new WeakSet<ShadowRoot>();

/**
 * The card for a tag whose product is loaded: image, name and price, hidden from screen readers
 * (the hotspot's label says the same).
 *
 * @example
 * html`${tag.cardOpen ? renderCard(tag) : nothing}`
 */
export function renderCard(tag: ShopletTag): TemplateResult | typeof nothing {
  const product = tag.productData;
  const root = tag.renderRoot as ShadowRoot;
  if (!product) return nothing;
  if (!styled.has(root)) {
    styled.add(root);
    adoptStyles(root, [...(tag.constructor as typeof ShopletTag).elementStyles, cardStyles]);
  }
  const image = safeUrl(product.images[0]?.url, { kind: 'media', field: `${product.handle} images[0].url` });
  const price = lowestPrice(product);
  return html`<div class="card ${tag.y > 0.6 ? 'above' : ''}" part="card" aria-hidden="true">
    ${image ? html`<img src=${image} alt="" />` : nothing}
    <div>
      <p class="name">${tag.label ?? product.title}</p>
      ${price && tag.shop ? html`<p>${tag.shop.format(price)}</p>` : nothing}
    </div>
  </div>`;
}

/**
 * Shifts a tag's open card sideways so it stays inside the image near the left and right edges.
 *
 * @example
 * keepCardInside(tag);
 */
export function keepCardInside(tag: ShopletTag): void {
  const card = tag.renderRoot.querySelector<HTMLElement>('.card');
  const frame = (tag.parentElement as { mediaRect?: () => DOMRect } | null)?.mediaRect?.();
  if (!card || !frame) return;
  card.style.setProperty('--_max-width', `${Math.max(frame.width - 16, 80)}px`);
  card.style.setProperty('--_dx', '0px');
  const rect = card.getBoundingClientRect();
  const pad = 8;
  let dx = 0;
  if (rect.left < frame.left + pad) dx = frame.left + pad - rect.left;
  else if (rect.right > frame.right - pad) dx = frame.right - pad - rect.right;
  card.style.setProperty('--_dx', `${dx}px`);
}

/**
 * Emits `shoplet-tag-activate` from the tag and, unless a listener cancelled it, opens the
 * product sheet with focus returning to `opener`.
 *
 * @example
 * activate(tag, hotspotButton);
 */
export function activate(tag: ShopletTag, opener: HTMLElement | null): void {
  const product = tag.productData;
  const handle = tag.product;
  const shop = tag.shop;
  const price = product ? lowestPrice(product) : undefined;
  const proceed = emit(
    tag,
    'shoplet-tag-activate',
    {
      productHandle: product?.handle ?? handle ?? '',
      productId: product?.id ?? null,
      productTitle: product?.title ?? null,
      price: price ?? null,
      currency: price?.currencyCode ?? null,
      x: tag.x,
      y: tag.y,
      index: tag.parentElement ? [...tag.parentElement.querySelectorAll('shoplet-tag')].indexOf(tag) : 0,
    },
    { cancelable: true },
  );
  if (product) shop?.emit('product:select', { product, source: 'tag' });
  if (proceed && shop && handle) void openSheet(handle, { client: shop, opener });
}

/**
 * Moves focus between an image's visible hotspots: arrow keys to the next or previous (wrapping),
 * Home and End to the first and last. `from` is where the key was pressed.
 *
 * @example
 * image.addEventListener('keydown', (e) => navigate(e, e.target as Element, tags));
 */
export function navigate(e: KeyboardEvent, from: Element, tags: readonly ShopletTag[]): void {
  const visible = tags.filter((t) => t.valid);
  const i = visible.indexOf(from.closest?.('shoplet-tag') as ShopletTag);
  if (i < 0) return;
  const key = e.key;
  const next =
    key === 'ArrowRight' || key === 'ArrowDown'
      ? visible[(i + 1) % visible.length]
      : key === 'ArrowLeft' || key === 'ArrowUp'
        ? visible[(i - 1 + visible.length) % visible.length]
        : key === 'Home'
          ? visible[0]
          : key === 'End'
            ? visible[visible.length - 1]
            : undefined;
  if (!next) return;
  e.preventDefault();
  next.focus();
}
