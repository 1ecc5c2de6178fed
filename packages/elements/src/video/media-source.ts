import { ShopletError } from '@shoplet/core';
import { lazy } from '@shoplet/core/internal';

// hls.js is large, and most browsers never need it: it loads with the first playlist one cannot play.
const hlsJs = lazy(() => import('hls.js'));

/**
 * A source attached to a `<video>`; `destroy()` detaches it (and frees hls.js when used).
 *
 * @example
 * const attached: AttachedSource = await attachSource(video, '/clip.m3u8');
 * attached.kind; // 'native' or 'hls.js'
 */
export interface AttachedSource {
  kind: 'native' | 'hls.js';
  destroy(): void;
}

/**
 * Whether a URL is an HLS playlist (`.m3u8`, query and hash ignored).
 *
 * @example
 * isHls('/media/clip.m3u8?v=2'); // true
 */
export function isHls(src: string): boolean {
  return /\.m3u8(?:[?#]|$)/i.test(src);
}

/**
 * Plays `src` in `video`: MP4, WebM and (where the browser can, as Safari and recent Chromium do)
 * HLS natively; otherwise HLS through hls.js, imported on first use so it is never part of the
 * first load. `native: false` forces hls.js (for tests and for browsers that claim HLS badly).
 * Rejects with a `ShopletError` when HLS cannot play here at all.
 *
 * @example
 * const source = await attachSource(video, 'https://cdn.example/look.m3u8');
 * // later
 * source.destroy();
 */
export async function attachSource(
  video: HTMLVideoElement,
  src: string,
  options: { native?: boolean } = {},
): Promise<AttachedSource> {
  const nativeHls = options.native !== false && video.canPlayType('application/vnd.apple.mpegurl') !== '';
  if (!isHls(src) || nativeHls) {
    video.src = src;
    return {
      kind: 'native',
      destroy: () => {
        video.removeAttribute('src');
        video.load();
      },
    };
  }
  const { default: Hls } = await hlsJs.load();
  if (!Hls.isSupported()) {
    throw new ShopletError(
      'invalid_config',
      `this browser cannot play HLS (${src}): add an MP4 source for it, or serve the video as MP4/WebM.`,
      { field: 'src' },
    );
  }
  const hls = new Hls({ enableWorker: false, capLevelToPlayerSize: true });
  hls.loadSource(src);
  hls.attachMedia(video);
  return { kind: 'hls.js', destroy: () => hls.destroy() };
}
