import { type DeepLink, parseDeepLink, type Shoplet } from '@shoplet/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const taken = new Set<string>();
// A new navigation (even back to an earlier link) may be followed again.
if (typeof addEventListener === 'function') addEventListener('hashchange', () => taken.clear());

/**
 * The page's deep link (`#shoplet=<post-id>&t=<seconds>&p=<product>`) when it targets `postId`
 * and no other element has followed it yet, so one link opens one video and one sheet.
 *
 * @example
 * const link = takeDeepLink('summer-look');
 * if (link?.t != null) video.currentTime = link.t;
 */
export function takeDeepLink(postId: string | undefined): DeepLink | null {
  if (!postId || typeof location === 'undefined') return null;
  const link = peekDeepLink();
  if (!link || link.post !== postId || taken.has(location.hash)) return null;
  taken.add(location.hash);
  return link;
}

/**
 * The page's deep link without claiming it (the feed uses it to scroll to the right post).
 *
 * @example
 * const postId = peekDeepLink()?.post;
 */
export function peekDeepLink(): DeepLink | null {
  return typeof location === 'undefined' ? null : parseDeepLink(location.href);
}

/**
 * What following a deep link needs from the player element.
 *
 * @example
 * class Player extends LitElement implements DeepLinkHost { … }
 */
export interface DeepLinkHost extends ReactiveControllerHost, Element {
  readonly postId: string | undefined;
  readonly shop: Shoplet | undefined;
  seek(seconds: number): Promise<void>;
  ensureSource(): Promise<void>;
}

/**
 * Follows the page's deep link to a video: scrolls it into view, seeks to `t`, and opens the
 * product `p` once there is a client (a `<shoplet-store>` may still be starting). Call `follow()`
 * after the first render; a later `hashchange` is followed on its own.
 *
 * @example
 * readonly #deepLink = new DeepLinkController(this, (handle, shop) => openSheet(handle, { client: shop }));
 * firstUpdated() { void this.#deepLink.follow(); }
 */
export class DeepLinkController implements ReactiveController {
  readonly #host: DeepLinkHost;
  readonly #open: (handle: string, shop: Shoplet) => void;
  /** The product of a followed link, waiting for a client. */
  #product: string | undefined;
  readonly #onHashChange = () => void this.follow();

  constructor(host: DeepLinkHost, openProduct: (handle: string, shop: Shoplet) => void) {
    this.#host = host;
    this.#open = openProduct;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHashChange);
  }

  hostUpdated(): void {
    this.#openProduct();
  }

  /** Follows the page's link if it targets this video and no other element has taken it. */
  async follow(): Promise<void> {
    const link = takeDeepLink(this.#host.postId);
    if (!link) return;
    this.#host.scrollIntoView({ block: 'center' });
    if (link.t !== null) await this.#host.seek(link.t);
    else await this.#host.ensureSource();
    this.#product = link.product ?? undefined;
    this.#openProduct();
  }

  #openProduct(): void {
    const shop = this.#host.shop;
    const handle = this.#product;
    if (!handle || !shop) return;
    this.#product = undefined;
    this.#open(handle, shop);
  }
}
