import type { Shoplet, ShoppablePost } from '@shoplet/core';
import { html, nothing } from 'lit';
import { safeUrl } from '../internal/safe-url.js';

/**
 * How a video post is played where it is embedded (`<shoplet-post>`, `<shoplet-feed>`).
 *
 * @example
 * const options: VideoPostOptions = { autoplay: true, rail: 'overlay' };
 */
export interface VideoPostOptions {
  client?: Shoplet | undefined;
  autoplay?: boolean;
  loop?: boolean;
  miniPlayer?: boolean;
  rail?: string;
  preload?: 'none' | 'metadata' | 'auto';
}

/**
 * Renders a video Shoppable Post as a `<shoplet-video>` with its captions as `<track>` children
 * and its tags (time windows and keyframes included) as `<shoplet-tag>` children; a media URL
 * with a scheme other than http(s) or blob: is left out. Define the
 * element first (`import '@shoplet/elements/define'` or `import('./video.js')`).
 *
 * @example
 * render(renderVideoPost(post, { autoplay: true }), container);
 */
export function renderVideoPost(post: ShoppablePost, options: VideoPostOptions = {}) {
  const media = post.media;
  const mediaUrl = (value: string | undefined, field: string) => safeUrl(value, { kind: 'media', field }) ?? nothing;
  return html`<shoplet-video
    .client=${options.client}
    src=${mediaUrl(media.src, 'media.src')}
    poster=${mediaUrl(media.poster, 'media.poster')}
    aspect-ratio=${media.aspectRatio ?? nothing}
    label=${media.alt ?? post.title ?? nothing}
    post-id=${post.id}
    rail=${options.rail ?? 'auto'}
    preload=${options.preload ?? nothing}
    ?autoplay=${options.autoplay ?? false}
    ?loop=${options.loop ?? false}
    ?mini-player=${options.miniPlayer ?? false}
    ?muted=${options.autoplay ?? false}
  >
    ${(media.captions ?? []).map(
      (c, i) =>
        html`<track kind="captions" src=${mediaUrl(c.src, `media.captions[${i}].src`)} srclang=${c.lang} label=${c.label} />`,
    )}
    ${post.tags.map(
      (tag) => html`<shoplet-tag
        .client=${options.client}
        product=${tag.product}
        x=${tag.x}
        y=${tag.y}
        start=${tag.start ?? nothing}
        end=${tag.end ?? nothing}
        track=${tag.track ? JSON.stringify(tag.track) : nothing}
        label=${tag.label ?? nothing}
      ></shoplet-tag>`,
    )}
  </shoplet-video>`;
}
