import type { NavigatorShareLike, ShareTarget } from '@shoplet/core';
import { warnOnce } from '@shoplet/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { emit } from '../internal/events.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { OptionalProduct } from '../trust/optional-product.js';
import { safeUrl } from '../trust/safe-url.js';
import { shareStrings } from './share.strings.js';
import { shareStyles } from './share.styles.js';
import type { ShareMethod } from './share-event.js';
import type { PreparedShare, ShareInput, ShareMenuHost } from './share-menu.js';

type ShareMenu = typeof import('./share-menu.js');
// The links and the fallback menu load on first use: a page of share buttons that nobody presses
// carries only the button.
let menuModule: Promise<ShareMenu> | undefined;
const loadMenu = (): Promise<ShareMenu> => {
  menuModule ??= import('./share-menu.js');
  return menuModule;
};

const TAG = 'shoplet-share';

/**
 * The platform features sharing uses; `navigator` in browsers.
 *
 * @example
 * el.platform = { clipboard: { writeText: async (text) => console.log(text) } }; // no Web Share: the menu opens
 */
export interface SharePlatform extends NavigatorShareLike {
  clipboard?: { writeText(text: string): Promise<void> };
}

const shareIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
  stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round"><circle cx="18" cy="5" r="2.5"/>
  <circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="19" r="2.5"/><path d="M8.2 10.8l7.6-4.4M8.2 13.2l7.6 4.4"/></svg>`;

/**
 * @summary A "Share" button for a product, a post or a moment in a video. It opens the system
 * share sheet where the browser has one (Web Share API); otherwise a small menu with WhatsApp,
 * Telegram, Discord (copies the link: Discord has no share URL), X, Facebook, Pinterest, LINE,
 * email and copy link. Links are deep links (`#shoplet=post&t=12&p=handle`) carrying the sharer's
 * referral code (`ref`, else the shopper's own attribution), so the creator keeps the credit.
 *
 * The menu is a disclosure: Enter or Space opens it and focuses the first target, arrow keys
 * move, Escape closes it and returns focus to the button. A copied link is announced politely.
 * Every share fires `shoplet-share` and the client's `share` event (GA4 `share` in analytics).
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

  /** The built-in strings by language (`setStrings` overrides them). */
  static readonly defaultStrings = shareStrings;

  /** The page to link to; default the current page. Relative URLs resolve against it. */
  @property() url: string | undefined;

  /** The shared title; default the product's title, then the document's. */
  @property() override title = '';

  /** Message text; default the title. */
  @property() text: string | undefined;

  /** Product handle: the link opens its sheet, the title and image come from it. */
  @property({ reflect: true }) product: string | undefined;

  /** Shoppable Post id the link opens. */
  @property({ reflect: true }) post: string | undefined;

  /** Video time in seconds the link starts at (attribute `t`, as in the deep link). */
  @property({ type: Number, attribute: 't' }) time: number | undefined;

  /** Referral code the link carries; default the shopper's current attribution. */
  @property() ref: string | undefined;

  /** `start` (default) or `end`: which edge of the button the menu lines up with. */
  @property({ reflect: true }) align: 'start' | 'end' = 'start';

  /** Web Share and clipboard; default `navigator`. `null` forces the menu (no Web Share, no clipboard). */
  @property({ attribute: false }) platform: SharePlatform | null | undefined;

  @state() private open = false;
  @state() private announcement = '';
  @state() private failedCopy: string | null = null;
  /** The share code (links, targets, menu), once loaded. */
  @state() private menu: ShareMenu | undefined;
  @query('.trigger') private trigger!: HTMLButtonElement;

  private readonly source = new OptionalProduct(this, () => this.product);
  private readonly onOutside = (e: Event) => {
    if (!e.composedPath().includes(this)) this.close(false);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('url') && this.url && !safeUrl(this.url)) {
      warnOnce('invalid-attribute', `<${TAG} url="${this.url}">: not an http(s) link; sharing this page instead.`);
    }
    if (changed.has('time') && this.time !== undefined && !(Number.isFinite(this.time) && this.time >= 0)) {
      warnOnce('invalid-attribute', `<${TAG} t="${this.time}">: use a video time in seconds, 0 or more; ignoring it.`);
    }
  }

  private get platformOrDefault(): SharePlatform | null {
    if (this.platform !== undefined) return this.platform;
    return typeof navigator === 'undefined' ? null : (navigator as SharePlatform);
  }

  private get referral(): string | undefined {
    const own = this.ref?.trim();
    if (own) return own;
    // Attribution is an optional part of a client.
    const attribution = (this.shop as { attribution?: { get(): { ref: string | null } | null } } | undefined)
      ?.attribution;
    return attribution?.get()?.ref ?? undefined;
  }

  /** The page the link starts from: `url`, else this page; null when neither is http(s). */
  private get base(): string | null {
    return safeUrl(this.url) ?? safeUrl(location.href);
  }

  /** The title the button names: the attribute, the product's, the document's ('' = the link). */
  private get shareTitle(): string {
    return this.title.trim() || this.source.product?.title || document.title;
  }

  /** What the link is built from, read from the attributes and the product now. */
  private input(base: string): ShareInput {
    const ref = this.referral;
    const post = this.post?.trim() || undefined;
    const product = this.product?.trim() || undefined;
    const t = this.time !== undefined && Number.isFinite(this.time) && this.time >= 0 ? this.time : undefined;
    const media = safeUrl(this.source.product?.images[0]?.url);
    return {
      base,
      title: this.shareTitle,
      ...(post ? { post } : {}),
      ...(product ? { product } : {}),
      ...(t === undefined ? {} : { t }),
      ...(ref ? { ref } : {}),
      ...(this.text ? { text: this.text } : {}),
      ...(media ? { media } : {}),
    };
  }

  /** The link, title and target URLs to share now; null until the share code has loaded. */
  private prepare(): PreparedShare | null {
    const base = this.base;
    if (!base || !this.menu) return null;
    try {
      return this.menu.prepareShare(this.input(base));
    } catch (err) {
      warnOnce('invalid-attribute', `<${TAG}>: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  private readonly menuHost: ShareMenuHost = {
    t: (key) => this.t(key),
    copy: (method) => this.copy(method),
    onLink: (method) => this.onLink(method),
  };

  /** Starts loading the share code when the shopper heads for the button, so a click shares at once. */
  private readonly warm = () => {
    void loadMenu();
  };

  private report(method: ShareMethod, data: PreparedShare): void {
    const handle = this.product?.trim() || undefined;
    const post = this.post?.trim() || undefined;
    emit(this, 'shoplet-share', {
      method,
      url: data.url,
      title: data.title,
      ...(handle ? { product: handle } : {}),
      ...(post ? { post } : {}),
      ...(data.ref ? { ref: data.ref } : {}),
    });
    const product = this.source.product;
    this.shop?.emit('share', {
      method,
      url: data.url,
      ...(product ? { product } : {}),
      ...(post ? { postId: post } : {}),
    });
  }

  private async onTrigger(): Promise<void> {
    if (this.open) {
      this.close(true);
      return;
    }
    const menu = await loadMenu();
    this.menu = menu;
    const data = this.prepare();
    if (!data) return;
    const platform = this.platformOrDefault;
    if (typeof platform?.share === 'function') {
      const result = await menu.share(
        { url: data.url, title: data.title, ...(data.text ? { text: data.text } : {}) },
        platform,
      );
      if (result.method === 'native') {
        if (!result.cancelled) this.report('web_share', data);
        return;
      }
    }
    this.failedCopy = null;
    this.open = true;
    document.addEventListener('pointerdown', this.onOutside, true);
    await this.updateComplete;
    this.items()[0]?.focus();
  }

  /** Closes the menu; focus goes back to the button when it was inside the menu or `refocus`. */
  private close(refocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    document.removeEventListener('pointerdown', this.onOutside, true);
    if (refocus) this.trigger?.focus();
  }

  private items(): HTMLElement[] {
    return [...(this.renderRoot.querySelectorAll<HTMLElement>('.menu .target') ?? [])];
  }

  private onMenuKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation(); // a surrounding dialog (the sheet) must not close too
      this.close(true);
      return;
    }
    const items = this.items();
    const current = items.indexOf(this.renderRoot.querySelector(':focus') as HTMLElement);
    const next =
      e.key === 'ArrowDown'
        ? (current + 1) % items.length
        : e.key === 'ArrowUp'
          ? (current - 1 + items.length) % items.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? items.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    items[next]?.focus();
  }

  private onFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    // Focus left the element (Tab past the last target, or out of the page): close without
    // stealing it back. Clicks inside the menu keep focus in it (the menu is focusable).
    if (!to || (!this.renderRoot.contains(to) && !this.contains(to))) this.close(false);
  }

  private onLink(method: ShareTarget): void {
    const data = this.prepare();
    if (data) this.report(method, data);
    this.close(true);
  }

  private async copy(method: 'copy' | 'discord'): Promise<void> {
    const data = this.prepare();
    if (!data) return;
    const clipboard = this.platformOrDefault?.clipboard;
    this.announcement = '';
    await this.updateComplete; // an emptied live region makes the same message heard again
    try {
      if (typeof clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await clipboard.writeText(data.links.copy);
    } catch {
      this.failedCopy = data.links.copy;
      this.announcement = this.t('shareCopyFailed');
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('.fallback input');
      field?.focus();
      field?.select();
      return;
    }
    this.announcement = this.t(method === 'discord' ? 'shareCopiedDiscord' : 'shareCopied');
    this.report(method, data);
    this.close(true);
  }

  protected override render() {
    const base = this.base;
    if (!base) warnOnce('invalid-attribute', `<${TAG}>: this page has no http(s) address to share; the button is off.`);
    const links = this.open ? (this.prepare()?.links ?? null) : null;
    const name = this.shareTitle;
    return html`<button
        class="secondary trigger"
        part="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        ?disabled=${!base}
        @click=${this.onTrigger}
        @pointerenter=${this.warm}
        @focus=${this.warm}
      >
        ${shareIcon}<span>${this.t('share')}</span>${name ? html`<span class="vh">: ${name}</span>` : nothing}
      </button>
      <div
        id="menu"
        class="menu"
        part="menu"
        tabindex="-1"
        ?hidden=${!this.open || !links}
        @keydown=${this.onMenuKey}
        @focusout=${this.onFocusOut}
      >
        ${
          links
            ? html`${this.menu?.renderShareTargets(this.menuHost, links)}
              ${
                this.failedCopy
                  ? html`<label class="fallback"
                      >${this.t('shareLink')}<input readonly .value=${this.failedCopy} @focus=${(e: Event) =>
                        (e.target as HTMLInputElement).select()}
                    /></label>`
                  : nothing
              }`
            : nothing
        }
      </div>
      <span class="vh" role="status" part="status">${this.announcement}</span>`;
  }
}
