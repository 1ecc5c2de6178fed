import type { Shoplet } from '@shoplet/core';
import { html, nothing } from 'lit';
import type { StringKey } from '../i18n/types.js';
import { safeUrl } from '../internal/safe-url.js';
import { lowestPrice } from '../internal/variants.js';
import type { ShopletTag } from '../tag/tag.component.js';
import { formatTime } from './format-time.js';
import type { VideoTagEntry } from './video-tags.js';

/**
 * One product in the rail: the first tag naming it and where it first appears.
 *
 * @example
 * const item: RailItem = { handle: 'linen-shirt', tag, start: 3.5 };
 */
export interface RailItem {
  handle: string;
  tag: ShopletTag;
  start: number;
}

/**
 * Every tagged product once, in order of first appearance (document order breaks ties).
 *
 * @example
 * railItems(layer.entries).map((i) => i.handle); // ['linen-shirt', 'mug']
 */
export function railItems(entries: readonly VideoTagEntry[]): RailItem[] {
  const byHandle = new Map<string, RailItem>();
  for (const entry of entries) {
    const handle = entry.tag.product ?? entry.tag.getAttribute('product');
    if (!handle) continue;
    const known = byHandle.get(handle);
    if (!known || entry.start < known.start) byHandle.set(handle, { handle, tag: entry.tag, start: entry.start });
  }
  return [...byHandle.values()].sort((a, b) => a.start - b.start);
}

/**
 * What the rail needs from the player.
 *
 * @example
 * renderRail({ items, onScreen: new Set(['mug']), shop, t, preload, choose, jump });
 */
export interface RailView {
  items: readonly RailItem[];
  /** Handles with a hotspot showing now. */
  onScreen: ReadonlySet<string>;
  shop: Shoplet | undefined;
  t: (key: StringKey, values?: Record<string, string | number>) => string;
  /** Starts loading what `choose` needs, as the pointer or focus reaches a product. */
  preload?: () => void;
  choose: (item: RailItem, opener: HTMLElement) => void;
  jump: (item: RailItem) => void;
}

/**
 * The product rail: one entry per product with a button that opens its sheet and a "jump to"
 * button that seeks to where it first appears; products on screen now are highlighted and say so.
 *
 * @example
 * html`${renderRail(view)}`;
 */
export function renderRail(v: RailView) {
  return html`<ol class="rail" part="rail" aria-label=${v.t('videoProducts')}>
    ${v.items.map((item) => {
      const product = item.tag.productData;
      const title = item.tag.label ?? product?.title ?? item.handle;
      const price = product ? lowestPrice(product) : undefined;
      const image = product?.images[0];
      const on = v.onScreen.has(item.handle);
      return html`<li class=${on ? 'on' : ''} part=${on ? 'rail-item rail-item-on-screen' : 'rail-item'} data-product=${item.handle}>
        <button
          class="choose"
          part="rail-choose"
          @pointerenter=${v.preload}
          @focus=${v.preload}
          @click=${(e: Event) => v.choose(item, e.currentTarget as HTMLElement)}
        >
          ${image ? html`<img src=${safeUrl(image.url, { kind: 'media' }) ?? nothing} alt="" />` : html`<span class="noimg"></span>`}
          <span class="name">${title}</span>
          ${price && v.shop ? html`<span class="price">${v.shop.format(price)}</span>` : nothing}
          ${on ? html`<span class="vh">(${v.t('videoOnScreen')})</span>` : nothing}
        </button>
        <button
          class="jump"
          part="rail-jump"
          aria-label=${v.t('videoJumpTo', { title, time: formatTime(item.start) })}
          @click=${() => v.jump(item)}
        >${formatTime(item.start)}</button>
      </li>`;
    })}
  </ol>`;
}
