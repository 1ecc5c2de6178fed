import { DEV_MODE, warnOnce } from '@shoplet/core/internal';
import { html, nothing, type PropertyValues } from 'lit';
import { emit } from '../events/emit.js';
import { parseAspectRatio } from '../internal/aspect-ratio.js';
import { safeUrl } from '../internal/safe-url.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { lowestPrice } from '../internal/variants.js';
import type { ShopletTag } from '../tag/tag.component.js';
import { tagCode } from '../tag/tag-code.js';
import { imageStyles } from './image.styles.js';

const SHOW_TAGS: readonly string[] = ['always', 'hover', 'tap'];

/**
 * @tagname shoplet-image
 * @summary A shoppable image: `<shoplet-tag>` children become hotspots on it, and the tagged
 * products are listed under it for readers who do not hover. Arrow keys move between hotspots.
 *
 * @slot - `<shoplet-tag>` elements.
 *
 * @csspart media - The image frame (holds the hotspots).
 * @csspart image - The `<img>`.
 * @csspart list - The list of tagged products under the image.
 * @csspart list-item - One product button in that list.
 *
 * @cssprop --shoplet-image-radius - Corner radius of the image.
 *
 * @event shoplet-tag-activate - A hotspot or list item was activated (from the tag).
 * @event shoplet-error - The `src` is missing.
 *
 * @example
 * <shoplet-image src="/look.jpg" alt="Ana in the linen shirt" aspect-ratio="4/5" show-tags="hover">
 *   <shoplet-tag product="linen-shirt" x="0.32" y="0.4"></shoplet-tag>
 * </shoplet-image>
 */
export class ShopletImage extends ShopletElement {
  static override styles = [theme, imageStyles];

  static override properties = {
    src: {},
    alt: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    showTags: { attribute: 'show-tags', reflect: true },
    noList: { type: Boolean, attribute: 'no-list' },
  };

  /** Image URL. */
  declare src: string | undefined;
  /** Alternative text for the image. */
  declare alt: string;
  /** Reserved shape before the image loads (`4/5`, `16/9`); prevents layout shift. */
  declare aspectRatio: string | undefined;
  /** When hotspots show: `always` (default), `hover` (on hover or focus), `tap` (after a tap or focus). */
  declare showTags: string;
  /** Hide the list of tagged products under the image. */
  declare noList: boolean;

  #tags: ShopletTag[] = [];
  #revealed = false;

  constructor() {
    super();
    this.alt = '';
    this.showTags = 'always';
    this.noList = false;
    this.addEventListener('shoplet-tag-change', () => this.requestUpdate());
    // Arrow keys move between hotspots; that code loads with the tags' card, on the way to a
    // hotspot or the list (a key pressed while it loads still moves focus once it is there).
    this.addEventListener('keydown', async (e) => {
      const from = e.target as Element; // read before waiting: a finished event loses its target
      (tagCode.current ?? (await tagCode.tryLoad()))?.navigate(e, from, this.#tags);
    });
    this.addEventListener('pointerenter', tagCode.preload);
    this.addEventListener('focusin', tagCode.preload);
  }

  get #media(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.media');
  }

  /** The image frame's box; tags use it to keep their cards inside. */
  mediaRect(): DOMRect | undefined {
    return this.#media?.getBoundingClientRect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || !this.hasUpdated) && !this.src) {
      warnOnce('invalid-attribute', '<shoplet-image> needs a src attribute (the image URL); showing a placeholder.');
      emit(this, 'shoplet-error', { code: 'invalid_input', message: 'the src attribute is missing', field: 'src' });
    }
    if (changed.has('aspectRatio') && this.aspectRatio && parseAspectRatio(this.aspectRatio) === null) {
      warnOnce(
        'invalid-attribute',
        `<shoplet-image aspect-ratio=${JSON.stringify(this.aspectRatio)}>: use width/height such as "4/5"; ignoring it.`,
      );
    }
    if (DEV_MODE && changed.has('showTags') && !SHOW_TAGS.includes(this.showTags)) {
      warnOnce(
        'invalid-attribute',
        `<shoplet-image show-tags="${this.showTags}">: use always, hover or tap; showing always.`,
      );
    }
  }

  protected override updated(): void {
    // Through the CSSOM, which a strict CSP (no 'unsafe-inline' styles) allows. Only the parsed
    // number goes in, so the attribute cannot carry other CSS (`4/5;position:fixed`).
    const ratio = parseAspectRatio(this.aspectRatio);
    this.#media!.style.aspectRatio = ratio === null ? '' : String(ratio);
  }

  #onSlotChange(e: Event): void {
    const slot = e.target as HTMLSlotElement;
    this.#tags = slot.assignedElements().filter((el): el is ShopletTag => el.localName === 'shoplet-tag');
    this.requestUpdate();
  }

  #onMediaClick(e: Event): void {
    // In tap mode the first tap on the picture reveals the hotspots.
    if ((e.target as Element).localName !== 'shoplet-tag') {
      this.#revealed = !this.#revealed;
      this.requestUpdate();
    }
  }

  protected override render() {
    const src = safeUrl(this.src, { kind: 'media', field: '<shoplet-image src>' });
    return html`<div
        class="media ${this.#revealed ? 'revealed' : ''}"
        part="media"
        @click=${this.#onMediaClick}
      >
        ${
          src
            ? html`<img part="image" src=${src} alt=${this.alt} />`
            : html`<div class="placeholder" part="image" role="img" aria-label=${this.alt || nothing}>${this.alt}</div>`
        }
        <div class="tags"><slot @slotchange=${this.#onSlotChange}></slot></div>
      </div>
      ${
        this.noList || !this.#tags.length
          ? nothing
          : html`<ul class="list" part="list" aria-label=${this.t('taggedProducts')}>
            ${this.#tags.map((tag) => {
              const product = tag.productData;
              if (!product) return nothing;
              const price = lowestPrice(product);
              const image = safeUrl(product.images[0]?.url, {
                kind: 'media',
                field: `${product.handle} images[0].url`,
              });
              const shop = this.shop;
              return html`<li>
                <button part="list-item" @click=${(e: Event) => tag.activate(e.currentTarget as HTMLElement)}>
                  ${image ? html`<img src=${image} alt="" />` : nothing}
                  <span>${tag.label ?? product.title}</span>
                  ${price && shop ? html`<span class="price">${shop.format(price)}</span>` : nothing}
                </button>
              </li>`;
            })}
          </ul>`
      }`;
  }
}
