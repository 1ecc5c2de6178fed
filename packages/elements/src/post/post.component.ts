import type { ShoppablePost } from '@shoplet/core';
import { lazy, warnOnce } from '@shoplet/core/internal';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../events/emit.js';
import { safeUrl } from '../internal/safe-url.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { renderVideoPost } from '../video/render-video-post.js';
import { postStyles } from './post.styles.js';
import { validatePost } from './validate-post.js';

// The video player's code loads only when a video post shows up.
const videoCode = lazy(() => import('../video/video.js'));

type PostState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; post: ShoppablePost }
  | { status: 'error'; message: string };

/**
 * @tagname shoplet-post
 * @summary Renders a Shoppable Post JSON document (an image or a video with product tags, and its creator).
 * The document is validated on load; an invalid one shows a readable error naming the field.
 *
 * @csspart title - The post title.
 * @csspart creator - The creator line.
 * @csspart error - The error box of an invalid post.
 *
 * @cssprop --shoplet-post-aspect - Shape reserved while the document loads (4 / 5).
 *
 * @event shoplet-error - The document could not be loaded or is invalid (`field` names the bad field).
 *
 * @example
 * <shoplet-post src="/posts/summer-look.json"></shoplet-post>
 */
export class ShopletPost extends ShopletElement {
  static override styles = [theme, postStyles];

  static override properties = {
    src: {},
    showTags: { attribute: 'show-tags' },
    postState: { state: true },
  };

  /** URL of the Shoppable Post JSON document. */
  declare src: string | undefined;
  /** When hotspots show (passed to the image): `always`, `hover` or `tap`. */
  declare showTags: string;

  // Protected so a subclass can show a post it checked itself (the tests show unchecked ones).
  declare protected postState: PostState;

  constructor() {
    super();
    this.showTags = 'always';
    this.postState = { status: 'idle' };
  }

  /** Counts loads, so the answer of a superseded `src` is dropped. */
  #request = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || !this.hasUpdated) void this.#load();
  }

  async #load(): Promise<void> {
    const request = ++this.#request;
    const src = this.src?.trim();
    if (!src) return this.#fail('src', 'the src attribute is missing; set it to the post JSON URL');
    this.postState = { status: 'loading' };
    let doc: unknown;
    try {
      const response = await fetch(src, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      try {
        doc = JSON.parse(text);
      } catch (err) {
        if (request === this.#request) this.#fail('src', `the document is not valid JSON (${(err as Error).message})`);
        return;
      }
    } catch (err) {
      if (request === this.#request) this.#fail('src', `the document could not be loaded (${(err as Error).message})`);
      return;
    }
    if (request !== this.#request) return;
    const result = validatePost(doc);
    if (!result.ok) {
      const first = result.errors[0] ?? 'invalid document';
      return this.#fail(first.split(' ')[0] ?? 'document', result.errors.join('; '), first);
    }
    this.postState = { status: 'ready', post: result.post };
  }

  #fail(field: string, message: string, shown = message): void {
    this.postState = { status: 'error', message: shown };
    warnOnce('invalid-post', `<shoplet-post src="${this.src ?? ''}">: ${message}`);
    emit(this, 'shoplet-error', { code: 'invalid_input', message, field });
  }

  protected override render() {
    const s = this.postState;
    if (s.status === 'error') {
      return html`<div class="error" part="error" role="alert">
        <p>${this.t('postError')}</p>
        <p><code>${s.message}</code></p>
      </div>`;
    }
    if (s.status !== 'ready')
      return html`<div class="loading" aria-busy="true"><span class="vh">${this.t('loading')}</span></div>`;
    const post = s.post;
    const creator = post.creator;
    const link = safeUrl(creator?.url, { field: 'creator.url' });
    return html`${post.title ? html`<p class="title" part="title">${post.title}</p>` : nothing}
      ${this.#renderMedia(post)}
      ${
        creator
          ? html`<p class="creator" part="creator">
            ${link ? html`<a href=${link}>${this.t('by', { name: creator.name })}</a>` : this.t('by', { name: creator.name })}
          </p>`
          : nothing
      }`;
  }

  /** Renders the post's media with its tags: `<shoplet-image>`, or `<shoplet-video>` for video posts. */
  #renderMedia(post: ShoppablePost): TemplateResult {
    if (post.media.type === 'video') {
      videoCode.preload();
      return renderVideoPost(post);
    }
    return html`<shoplet-image
      src=${safeUrl(post.media.src, { kind: 'media', field: 'media.src' }) ?? nothing}
      alt=${post.media.alt ?? post.title ?? ''}
      aspect-ratio=${post.media.aspectRatio ?? nothing}
      show-tags=${this.showTags}
    >
      ${post.tags.map(
        (tag) =>
          html`<shoplet-tag product=${tag.product} x=${tag.x} y=${tag.y} label=${tag.label ?? nothing}></shoplet-tag>`,
      )}
    </shoplet-image>`;
  }
}
