import type { ShoppablePost } from '@shoplet/core';
import { warnOnce } from '@shoplet/core/internal';
import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '../image/image.js';
import { emit } from '../events/emit.js';
import { safeUrl } from '../internal/safe-url.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { renderVideoPost } from '../video/render-video-post.js';
import '../video/video.js';
import { peekDeepLink } from '../video/video-deep-link.js';
import { feedStyles } from './feed.styles.js';
import { loadFeed, readFeed } from './read-feed.js';

/** Items rendered on each side of the current one: 1 keeps at most three videos alive. */
const WINDOW = 1;
const NEXT_KEYS = ['ArrowDown', 'PageDown', 'j'];
const PREV_KEYS = ['ArrowUp', 'PageUp', 'k'];
const INTERACTIVE = 'button, input, select, textarea, a[href], [contenteditable], shoplet-tag';

/**
 * @tagname shoplet-feed
 * @summary A vertical swipe feed of Shoppable Posts (stories/reels style): one post per screen
 * with scroll snapping, swipe, keyboard (↑/↓, Page Up/Down, Space, Home/End) and previous/next
 * buttons. Virtualized: only the current post and its neighbours are rendered, so never more
 * than three `<video>` elements exist however long the feed; the poster after those is
 * prefetched.
 *
 * @csspart scroller - The snapping scroll container (`role="feed"`).
 * @csspart item - One post's screen (`<article>`).
 * @csspart nav - The previous/next buttons.
 * @csspart error - The message shown when the feed cannot be loaded.
 *
 * @cssprop --shoplet-feed-background - Background behind the posts (#000).
 *
 * @event shoplet-feed-change - Another post is on screen (`detail.index`, `detail.postId`).
 * @event shoplet-error - The feed or one of its posts is invalid (`field` names it).
 *
 * @example
 * <shoplet-feed src="/feeds/summer.json" style="height: 100dvh"></shoplet-feed>
 */
export class ShopletFeed extends ShopletElement {
  static override styles = [theme, feedStyles];

  static override properties = {
    src: {},
    posts: { attribute: false },
    current: { state: true },
    failed: { state: true },
  };

  /** URL of the feed: a JSON array of Shoppable Post documents (or `{ "posts": [...] }`). */
  declare src: string | undefined;
  /** The posts, when set from script instead of `src`. */
  declare posts: ShoppablePost[];
  /** Index of the post on screen. */
  declare current: number;
  declare private failed: string | undefined;

  constructor() {
    super();
    this.posts = [];
    this.current = 0;
  }

  get #scroller(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.scroller')!;
  }

  /** Counts feed loads, so the answer of a superseded `src` is dropped. */
  #request = 0;
  #scrollFrame = 0;
  /** A deep-linked post to jump to once it is rendered. */
  #pendingJump: number | undefined;
  readonly #prefetched = new Set<string>();

  /** Scrolls to post `index` (clamped). */
  goTo(index: number, behavior: ScrollBehavior = this.#scrollBehavior()): void {
    const target = Math.max(0, Math.min(index, this.posts.length - 1));
    this.#scroller?.scrollTo({ top: target * this.#scroller.clientHeight, behavior });
  }

  /** Shows the next post. */
  next(): void {
    this.goTo(this.current + 1);
  }

  /** Shows the previous post. */
  previous(): void {
    this.goTo(this.current - 1);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
  }

  /** A deep link followed on this page scrolls to its post; the post's video then seeks and opens the product. */
  readonly #onHashChange = () => {
    const target = peekDeepLink()?.post;
    const index = target ? this.posts.findIndex((p) => p.id === target) : -1;
    if (index >= 0) this.goTo(index, 'auto');
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.#load(this.src);
    if (changed.has('posts')) {
      this.current = Math.min(this.current, Math.max(this.posts.length - 1, 0));
      const target = peekDeepLink()?.post;
      const linked = target ? this.posts.findIndex((p) => p.id === target) : -1;
      if (linked >= 0) {
        this.current = linked;
        this.#pendingJump = linked;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#pendingJump !== undefined) {
      // The linked post is rendered now; jump to it without animation.
      this.goTo(this.#pendingJump, 'auto');
      this.#pendingJump = undefined;
    }
    if (changed.has('current') || changed.has('posts')) this.#prefetchPoster(this.current + WINDOW + 1);
  }

  async #load(src: string): Promise<void> {
    const request = ++this.#request;
    this.failed = undefined;
    try {
      const { posts, errors } = await loadFeed(src);
      if (request !== this.#request) return;
      for (const message of errors) this.#report(message, message.split(' ')[0] ?? 'items');
      this.posts = posts;
    } catch (err) {
      if (request !== this.#request) return;
      this.failed = (err as Error).message;
      this.#report(this.failed, 'src');
    }
  }

  /** Same as setting `posts`, but from an unchecked document (checked like `src`). */
  setDocument(doc: unknown): void {
    const { posts, errors } = readFeed(doc);
    for (const message of errors) this.#report(message, message.split(' ')[0] ?? 'items');
    this.posts = posts;
  }

  #report(message: string, field: string): void {
    warnOnce('invalid-feed', `<shoplet-feed src="${this.src ?? ''}">: ${message}`);
    emit(this, 'shoplet-error', { code: 'invalid_input', message, field });
  }

  #prefetchPoster(index: number): void {
    const media = this.posts[index]?.media;
    // A video's poster, or the picture of an image post: what shows first when it scrolls in.
    const poster = safeUrl(media?.poster ?? (media?.type === 'image' ? media.src : undefined), { kind: 'media' });
    if (!poster || this.#prefetched.has(poster)) return;
    this.#prefetched.add(poster);
    const img = new Image();
    img.decoding = 'async';
    img.src = poster;
  }

  #scrollBehavior(): ScrollBehavior {
    return matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  }

  readonly #onScroll = () => {
    if (this.#scrollFrame) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const height = this.#scroller.clientHeight;
      if (!height) return;
      const index = Math.max(0, Math.min(Math.round(this.#scroller.scrollTop / height), this.posts.length - 1));
      if (index === this.current) return;
      this.current = index;
      const post = this.posts[index];
      if (post) {
        emit(this, 'shoplet-feed-change', { index, postId: post.id, count: this.posts.length });
      }
    });
  };

  readonly #onKeydown = (e: KeyboardEvent) => {
    const origin = e.composedPath()[0] as Element | undefined;
    // Keys pressed on a control belong to the control (Space presses a button, arrows move a slider).
    if (origin?.closest?.(INTERACTIVE)) return;
    let to: number | undefined;
    if (NEXT_KEYS.includes(e.key) || (e.key === ' ' && !e.shiftKey)) to = this.current + 1;
    else if (PREV_KEYS.includes(e.key) || (e.key === ' ' && e.shiftKey)) to = this.current - 1;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = this.posts.length - 1;
    if (to === undefined) return;
    e.preventDefault();
    this.goTo(to);
  };

  protected override render() {
    if (this.failed) {
      return html`<div class="error" part="error" role="alert"><p>${this.t('postError')}</p><p><code>${this.failed}</code></p></div>`;
    }
    const count = this.posts.length;
    return html`<div
        class="scroller"
        part="scroller"
        role="feed"
        tabindex="0"
        aria-label=${this.t('feedLabel')}
        aria-busy=${this.src && !count ? 'true' : 'false'}
        @scroll=${this.#onScroll}
        @keydown=${this.#onKeydown}
      >
        ${repeat(
          this.posts,
          (post) => post.id,
          (post, i) => html`<article
            class="item"
            part="item"
            aria-posinset=${i + 1}
            aria-setsize=${count}
            aria-label=${post.title ?? this.t('feedItem', { index: i + 1, count })}
          >
            ${Math.abs(i - this.current) <= WINDOW ? this.#renderPost(post, i) : nothing}
          </article>`,
        )}
      </div>
      <div class="nav" part="nav">
        <button class="ctl" aria-label=${this.t('feedPrevious')} ?disabled=${this.current <= 0} @click=${() => this.previous()}>↑</button>
        <button class="ctl" aria-label=${this.t('feedNext')} ?disabled=${this.current >= count - 1} @click=${() => this.next()}>↓</button>
      </div>`;
  }

  #renderPost(post: ShoppablePost, index: number) {
    const client = this.client;
    if (post.media.type === 'video') {
      return renderVideoPost(post, {
        client,
        autoplay: true,
        loop: true,
        rail: 'overlay',
        preload: index === this.current ? 'auto' : 'metadata',
      });
    }
    return html`<shoplet-image
      .client=${client}
      src=${safeUrl(post.media.src, { kind: 'media', field: 'media.src' }) ?? nothing}
      alt=${post.media.alt ?? post.title ?? ''}
      aspect-ratio=${post.media.aspectRatio ?? nothing}
    >
      ${post.tags.map(
        (tag) =>
          html`<shoplet-tag .client=${client} product=${tag.product} x=${tag.x} y=${tag.y} label=${tag.label ?? nothing}></shoplet-tag>`,
      )}
    </shoplet-image>`;
  }
}
