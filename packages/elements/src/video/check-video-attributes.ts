import { warnOnce } from '@shoplet/core/internal';
import { emit } from '../events/emit.js';

import { parseAspectRatio } from '../internal/aspect-ratio.js';

const OVERLAY_BEHAVIORS: readonly string[] = ['pause-resume', 'pause', 'play-through'];
const RAILS: readonly string[] = ['auto', 'below', 'beside', 'overlay', 'none'];

/**
 * The attributes of `<shoplet-video>` that can be wrong, as they are after an update.
 *
 * @example
 * const values: VideoAttributes = { src: '/a.mp4', overlayBehavior: 'pause', rail: 'auto', hasUpdated: true };
 */
export interface VideoAttributes {
  src: string | undefined;
  aspectRatio?: string | undefined;
  overlayBehavior: string;
  rail: string;
  hasUpdated: boolean;
}

/**
 * Warns once (development) for each invalid `<shoplet-video>` attribute that just changed, and
 * fires `shoplet-error` for a missing `src`; the element falls back to the default behaviour.
 *
 * @example
 * protected willUpdate(changed) { checkVideoAttributes(this, changed); }
 */
export function checkVideoAttributes(
  el: VideoAttributes & EventTarget,
  changed: ReadonlyMap<PropertyKey, unknown>,
): void {
  if (changed.has('overlayBehavior') && !OVERLAY_BEHAVIORS.includes(el.overlayBehavior)) {
    warnOnce(
      'invalid-attribute',
      `<shoplet-video overlay-behavior="${el.overlayBehavior}">: use pause-resume, pause or play-through; using pause-resume.`,
    );
  }
  if (changed.has('rail') && !RAILS.includes(el.rail)) {
    warnOnce(
      'invalid-attribute',
      `<shoplet-video rail="${el.rail}">: use auto, below, beside, overlay or none; using auto.`,
    );
  }
  if (changed.has('aspectRatio') && el.aspectRatio?.trim() && parseAspectRatio(el.aspectRatio) === null) {
    warnOnce(
      'invalid-attribute',
      `<shoplet-video aspect-ratio="${el.aspectRatio}">: use width/height ("9/16") or a positive number; using 16/9.`,
    );
  }
  if ((changed.has('src') || !el.hasUpdated) && !el.src) {
    warnOnce('invalid-attribute', '<shoplet-video> needs a src attribute (an MP4, WebM or .m3u8 URL).');
    emit(el, 'shoplet-error', { code: 'invalid_input', message: 'the src attribute is missing', field: 'src' });
  }
}
