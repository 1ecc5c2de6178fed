import type { NavigatorShareLike } from '@shoplet/core';
import { lazy, warnOnce } from '@shoplet/core/internal';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { OptionalProduct } from '../internal/optional-product.js';
import { safeUrl } from '../internal/safe-url.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { shareStyles } from './share.styles.js';
import type { ShareMenu } from './share-menu.js';

// The links, the Web Share and clipboard calls, the menu and its styles load on the
// first press (or when the pointer or focus reaches the button): a page of share buttons that
// nobody presses carries only the buttons.
const menuCode = lazy(() => import('./share-menu.js'));

/**
 * The platform features sharing uses; `navigator` in browsers.
 *
 * @example
 * el.platform = { clipboard: { writeText: async (text) => console.log(text) } }; // no Web Share: the menu opens
 */
export interface SharePlatform extends NavigatorShareLike {
  clipboard?: { writeText(text: string): Promise<void> };
}

const shareIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.75"
  stroke-linecap="round"><circle cx="18" cy="5" r="2.5"/><circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="19" r="2.5"/>
  <path d="M8.2 10.8l7.6-4.4M8.2 13.2l7.6 4.4"/></svg>`;

/**
 * @tagname shoplet-share
 * @summary A "Share" button for a product, a post or a moment in a video. It opens the system
 * share sheet where the browser has one (Web Share API); otherwise a small menu with WhatsApp,
 * Telegram, Discord (copies the link: Discord has no share URL), X, Facebook, Pinterest, LINE,
 * email and copy link. Links are deep links (`#shoplet=post&t=12&p=handle`) carrying the sharer's
 * referral code (`ref`, else the shopper's own attribution), so the creator keeps the credit.
 *
 * The menu is a disclosure: Enter or Space opens it and focuses the first target, arrow keys
 * move, Escape closes it and returns focus to the button. A copied link is announced politely.
 * Every share fires `shoplet-share` and the client's `share` event (GA4 `share` in analytics).
 * Until the first press the element is only its button: the sharing code, the menu and its
 * strings load then.
 *
 * @csspart button - The share button.
 * @csspart menu - The fallback menu.
 * @csspart target - A share target (link or button).
 * @csspart status - The polite announcement ("Link copied").
 *
 * @cssprop --shoplet-share-menu-width - Minimum menu width (14rem).
 * @cssprop --shoplet-share-z-index - Stacking of the menu (10).
 *
 * @event shoplet-share - The shopper shared; `detail.method` says how.
 *
 * @example
 * <shoplet-share product="linen-shirt" post="summer-look" t="12.5" ref="ana"></shoplet-share>
 */
export class ShopletShare extends ShopletElement {
  static override styles = [theme, shareStyles];

  static override properties: PropertyDeclarations = {
    url: {},
    title: {},
    text: {},
    product: { reflect: true },
    post: { reflect: true },
    time: { type: Number, attribute: 't' },
    ref: {},
    align: { reflect: true },
    menu: { state: true },
  };

  /** The page to link to; default the current page. Relative URLs resolve against it. */
  declare url: string | undefined;

  /** The shared title; default the product's title, then the document's. */
  declare title: string;

  /** Message text; default the title. */
  declare text: string | undefined;

  /** Product handle: the link opens its sheet, the title and image come from it. */
  declare product: string | undefined;

  /** Shoppable Post id the link opens. */
  declare post: string | undefined;

  /** Video time in seconds the link starts at (attribute `t`, as in the deep link). */
  declare time: number | undefined;

  /** Referral code the link carries; default the shopper's current attribution. */
  declare ref: string | undefined;

  /** `start` (default) or `end`: which edge of the button the menu lines up with. */
  declare align: 'start' | 'end';

  /**
   * Web Share and clipboard; default `navigator`. `null` forces the menu (no Web Share, no clipboard).
   * Read on each press (a plain property: setting it does not render again).
   */
  declare platform: SharePlatform | null | undefined;

  /** The sharing code and the menu, from the first press on. */
  declare private menu: ShareMenu | undefined;

  readonly #source = new OptionalProduct(this, () => this.product);

  constructor() {
    super();
    this.title = '';
    this.align = 'start';
  }

  async #press(): Promise<void> {
    const { ShareMenu } = await menuCode.load();
    this.menu ??= new ShareMenu(this, () => this.#source.product);
    await this.menu.toggle();
  }

  protected override render() {
    const base = safeUrl(this.url) ?? safeUrl(location.href);
    if (!base)
      warnOnce('invalid-attribute', '<shoplet-share>: this page has no http(s) address to share; the button is off.');
    const name = this.title.trim() || this.#source.product?.title || document.title;
    const menu = this.menu;
    const content = menu?.render();
    return html`<button
        class="secondary trigger"
        part="button"
        aria-expanded=${menu?.open ? 'true' : 'false'}
        aria-controls="menu"
        ?disabled=${!base}
        @click=${this.#press}
        @pointerenter=${menuCode.preload}
        @focus=${menuCode.preload}
      >
        ${shareIcon}<span>${this.t('share')}</span>${name ? html`<span class="vh">: ${name}</span>` : nothing}
      </button>
      <div id="menu" class="menu" part="menu" tabindex="-1" ?hidden=${!content} @keydown=${menu} @focusout=${menu}>
        ${content}
      </div>
      <span class="vh" role="status" part="status">${menu?.announcement}</span>`;
  }
}
