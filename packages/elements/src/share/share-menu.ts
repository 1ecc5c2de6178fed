import {
  buildDeepLink,
  type Product,
  SHARE_TARGETS,
  type ShareLinks,
  type ShareTarget,
  share,
  shareLinks,
  withReferral,
} from '@shoplet/core';
import { warnOnce } from '@shoplet/core/internal';
import { adoptStyles, html, nothing, type ReactiveController } from 'lit';
import { emit } from '../events/emit.js';
import type { ShareMethod } from '../events/share.js';
import { safeUrl } from '../internal/safe-url.js';
import type { SharePlatform, ShopletShare } from './share.component.js';
import { shareMenuStyles } from './share-menu.styles.js';

const TAG = 'shoplet-share';

/**
 * What `<shoplet-share>` knows before it builds a link: the page, the deep-link parts and the texts.
 *
 * @example
 * const input: ShareInput = { base: 'https://blog.example/look', post: 'summer-look', title: 'Look', ref: 'ana' };
 */
export interface ShareInput {
  /** Absolute http(s) page URL the link starts from. */
  base: string;
  post?: string;
  product?: string;
  t?: number;
  ref?: string;
  /** Title; empty means the link itself. */
  title: string;
  text?: string;
  /** Absolute image URL for Pinterest. */
  media?: string;
}

/**
 * The link, title and target URLs to share.
 *
 * @example
 * const { url, links } = prepareShare({ base: location.href, product: 'linen-shirt', title: 'Linen shirt' });
 */
export interface PreparedShare {
  url: string;
  title: string;
  text?: string;
  ref?: string;
  links: ShareLinks;
}

/**
 * Builds the deep link (or the page link with the referral code) and every target's URL.
 *
 * @example
 * prepareShare({ base: 'https://blog.example/look', post: 'summer-look', t: 12.5, title: 'Look', ref: 'ana' }).url;
 * // 'https://blog.example/look?sl_ref=ana#shoplet=summer-look&t=12.5'
 */
export function prepareShare(input: ShareInput): PreparedShare {
  const { base, post, product, t, ref, text, media } = input;
  const url =
    post || product
      ? buildDeepLink(base, {
          ...(post ? { post } : {}),
          ...(product ? { product } : {}),
          ...(t === undefined ? {} : { t }),
          ...(ref ? { ref } : {}),
        })
      : withReferral(base, ref);
  const title = input.title || url;
  const links = shareLinks({ url, title, ...(text ? { text } : {}), ...(media ? { media } : {}) });
  return { url, title, ...(text ? { text } : {}), ...(ref ? { ref } : {}), links };
}

/**
 * Everything `<shoplet-share>` does after its button is pressed: Web Share, the fallback menu
 * (rendered into the element's menu, keyboard included), copying, and reporting the share. The
 * element creates it on the first press; it adds the menu's styles to the element then.
 *
 * @example
 * const menu = new ShareMenu(shareElement, () => product);
 * await menu.toggle(); // Web Share, else the menu opens on its first target
 */
export class ShareMenu implements ReactiveController {
  /** Whether the fallback menu is open. */
  open = false;
  /** The polite announcement ("Link copied"). */
  announcement = '';
  #failedCopy: string | null = null;
  readonly #host: ShopletShare;
  readonly #product: () => Product | undefined;

  constructor(host: ShopletShare, product: () => Product | undefined) {
    this.#host = host;
    this.#product = product;
    host.addController(this);
    adoptStyles(host.renderRoot as ShadowRoot, [
      ...(host.constructor as typeof ShopletShare).elementStyles,
      shareMenuStyles,
    ]);
    this.hostUpdate();
  }

  /** Checks the attributes on every update (each warning is logged once). */
  hostUpdate(): void {
    const { url, time } = this.#host;
    if (url && !safeUrl(url)) {
      warnOnce('invalid-attribute', `<${TAG} url="${url}">: not an http(s) link; sharing this page instead.`);
    }
    if (time !== undefined && !(Number.isFinite(time) && time >= 0)) {
      warnOnce('invalid-attribute', `<${TAG} t="${time}">: use a video time in seconds, 0 or more; ignoring it.`);
    }
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this, true);
  }

  get #platform(): SharePlatform | null {
    if (this.#host.platform !== undefined) return this.#host.platform;
    return typeof navigator === 'undefined' ? null : (navigator as SharePlatform);
  }

  get #referral(): string | undefined {
    const own = this.#host.ref?.trim();
    if (own) return own;
    // Attribution is an optional part of a client.
    const attribution = (this.#host.shop as { attribution?: { get(): { ref: string | null } | null } } | undefined)
      ?.attribution;
    return attribution?.get()?.ref ?? undefined;
  }

  /** What the link is built from, read from the attributes and the product now; null without an http(s) page. */
  #input(): ShareInput | null {
    const host = this.#host;
    const base = safeUrl(host.url) ?? safeUrl(location.href);
    if (!base) return null;
    const ref = this.#referral;
    const post = host.post?.trim() || undefined;
    const product = host.product?.trim() || undefined;
    const t = host.time !== undefined && Number.isFinite(host.time) && host.time >= 0 ? host.time : undefined;
    const media = safeUrl(this.#product()?.images[0]?.url);
    return {
      base,
      title: host.title.trim() || this.#product()?.title || document.title,
      ...(post ? { post } : {}),
      ...(product ? { product } : {}),
      ...(t === undefined ? {} : { t }),
      ...(ref ? { ref } : {}),
      ...(host.text ? { text: host.text } : {}),
      ...(media ? { media } : {}),
    };
  }

  /** The link, title and target URLs to share now. */
  #prepare(): PreparedShare | null {
    const input = this.#input();
    if (!input) return null;
    try {
      return prepareShare(input);
    } catch (err) {
      warnOnce('invalid-attribute', `<${TAG}>: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  }

  #report(method: ShareMethod, data: PreparedShare): void {
    const handle = this.#host.product?.trim() || undefined;
    const post = this.#host.post?.trim() || undefined;
    emit(this.#host, 'shoplet-share', {
      method,
      url: data.url,
      title: data.title,
      ...(handle ? { product: handle } : {}),
      ...(post ? { post } : {}),
      ...(data.ref ? { ref: data.ref } : {}),
    });
    const product = this.#product();
    this.#host.shop?.emit('share', {
      method,
      url: data.url,
      ...(product ? { product } : {}),
      ...(post ? { postId: post } : {}),
    });
  }

  /** The button was pressed: Web Share where the platform has it, else the menu opens (or closes). */
  async toggle(): Promise<void> {
    if (this.open) {
      this.#close(true);
      return;
    }
    const data = this.#prepare();
    if (!data) return;
    const platform = this.#platform;
    if (typeof platform?.share === 'function') {
      const result = await share(
        { url: data.url, title: data.title, ...(data.text ? { text: data.text } : {}) },
        platform,
      );
      if (result.method === 'native') {
        if (!result.cancelled) this.#report('web_share', data);
        return;
      }
    }
    this.#failedCopy = null;
    this.open = true;
    document.addEventListener('pointerdown', this, true);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#items()[0]?.focus();
  }

  /** Closes the menu; focus goes back to the button when `refocus`. */
  #close(refocus: boolean): void {
    if (!this.open) return;
    this.open = false;
    document.removeEventListener('pointerdown', this, true);
    this.#host.requestUpdate();
    if (refocus) this.#host.renderRoot.querySelector<HTMLElement>('.trigger')?.focus();
  }

  #items(): HTMLElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLElement>('.menu .target')];
  }

  /** The menu's keys and focus, and pointer presses outside the element while it is open. */
  handleEvent(e: Event): void {
    if (e.type === 'keydown') this.#onKey(e as KeyboardEvent);
    else if (e.type === 'focusout') {
      const to = (e as FocusEvent).relatedTarget as Node | null;
      // Focus left the element (Tab past the last target, or out of the page): close without
      // stealing it back. Clicks inside the menu keep focus in it (the menu is focusable).
      if (!to || (!this.#host.renderRoot.contains(to) && !this.#host.contains(to))) this.#close(false);
    } else if (!e.composedPath().includes(this.#host)) this.#close(false);
  }

  #onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation(); // a surrounding dialog (the sheet) must not close too
      this.#close(true);
      return;
    }
    const items = this.#items();
    const current = items.indexOf(this.#host.renderRoot.querySelector(':focus') as HTMLElement);
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

  #onLink(method: ShareTarget): void {
    const data = this.#prepare();
    if (data) this.#report(method, data);
    this.#close(true);
  }

  async #copy(method: 'copy' | 'discord'): Promise<void> {
    const data = this.#prepare();
    if (!data) return;
    const clipboard = this.#platform?.clipboard;
    const host = this.#host;
    this.announcement = '';
    host.requestUpdate();
    await host.updateComplete; // an emptied live region makes the same message heard again
    try {
      if (typeof clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await clipboard.writeText(data.links.copy);
    } catch {
      this.#failedCopy = data.links.copy;
      this.announcement = host.t('shareCopyFailed');
      host.requestUpdate();
      await host.updateComplete;
      const field = host.renderRoot.querySelector<HTMLInputElement>('.fallback input');
      field?.focus();
      field?.select();
      return;
    }
    this.announcement = host.t(method === 'discord' ? 'shareCopiedDiscord' : 'shareCopied');
    host.requestUpdate();
    this.#report(method, data);
    this.#close(true);
  }

  #target(id: ShareTarget, label: string, links: ShareLinks) {
    const t = (key: 'shareCopy' | 'shareDiscordNote' | 'shareEmail' | 'shareNewTab') => this.#host.t(key);
    if (id === 'copy' || id === 'discord') {
      return html`<li>
        <button class="target" part="target" data-target=${id} @click=${() => this.#copy(id)}>
          <span>${id === 'copy' ? t('shareCopy') : label}</span>
          ${id === 'discord' ? html`<span class="note muted">${t('shareDiscordNote')}</span>` : nothing}
        </button>
      </li>`;
    }
    const email = id === 'email';
    return html`<li>
      <a
        class="target"
        part="target"
        data-target=${id}
        href=${links[id]}
        target=${email ? nothing : '_blank'}
        rel="noopener noreferrer"
        @click=${() => this.#onLink(id)}
        >${email ? t('shareEmail') : label}${email ? nothing : html`<span class="vh"> ${t('shareNewTab')}</span>`}</a
      >
    </li>`;
  }

  /** The open menu's content (every target in display order); undefined while the menu is closed. */
  render() {
    const links = this.open ? this.#prepare()?.links : undefined;
    if (!links) return undefined;
    return html`<ul aria-label=${this.#host.t('shareTo')}>
        ${SHARE_TARGETS.map(({ id, label }) => this.#target(id, label, links))}
      </ul>
      ${
        this.#failedCopy
          ? html`<label class="fallback"
              >${this.#host.t('shareLink')}<input readonly .value=${this.#failedCopy} @focus=${(e: Event) =>
                (e.target as HTMLInputElement).select()}
            /></label>`
          : nothing
      }`;
  }
}
