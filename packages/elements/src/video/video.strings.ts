import { addBuiltInStrings, type ShopletStrings } from '../internal/i18n.js';

// Optional members: the core tables in i18n.ts are typed `ShopletStrings` and do not list these;
// this module registers the English ones on import; German and Japanese load with those languages'
// built-in strings (internal/strings-de.ts, strings-ja.ts).
declare module '../internal/i18n.js' {
  interface ShopletStrings {
    videoPlay?: string;
    videoPause?: string;
    videoMute?: string;
    videoUnmute?: string;
    videoCaptions?: string;
    videoSeek?: string;
    /** The seek slider's spoken value: `{current}` of `{duration}`. */
    videoTime?: string;
    videoPip?: string;
    /** Accessible name of the product rail. */
    videoProducts?: string;
    /** Rail button that seeks to where a product appears. */
    videoJumpTo?: string;
    videoOnScreen?: string;
    /** Announced (politely, once) when a hotspot appears. */
    videoTagAppeared?: string;
    videoMiniClose?: string;
    videoMiniBack?: string;
    videoError?: string;
    feedLabel?: string;
    feedItem?: string;
    feedNext?: string;
    feedPrevious?: string;
  }
}

/** The keys the video player and the feed add. */
export type VideoStringKey =
  | 'videoPlay'
  | 'videoPause'
  | 'videoMute'
  | 'videoUnmute'
  | 'videoCaptions'
  | 'videoSeek'
  | 'videoTime'
  | 'videoPip'
  | 'videoProducts'
  | 'videoJumpTo'
  | 'videoOnScreen'
  | 'videoTagAppeared'
  | 'videoMiniClose'
  | 'videoMiniBack'
  | 'videoError'
  | 'feedLabel'
  | 'feedItem'
  | 'feedNext'
  | 'feedPrevious';

/**
 * The video player's and the feed's built-in English strings, registered beneath the page's own on
 * import (German and Japanese load with `loadStrings`). Override any of them with
 * `setStrings('en', { videoProducts: 'Shop this video' })`.
 *
 * @example
 * videoStrings.en.videoPlay; // 'Play'
 */
export const videoStrings: Record<'en', Required<Pick<ShopletStrings, VideoStringKey>>> = {
  en: {
    videoPlay: 'Play',
    videoPause: 'Pause',
    videoMute: 'Mute',
    videoUnmute: 'Unmute',
    videoCaptions: 'Captions',
    videoSeek: 'Seek',
    videoTime: '{current} of {duration}',
    videoPip: 'Picture in picture',
    videoProducts: 'Products in this video',
    videoJumpTo: 'Jump to {title} at {time}',
    videoOnScreen: 'On screen now',
    videoTagAppeared: 'Now showing: {label}',
    videoMiniClose: 'Close the mini player',
    videoMiniBack: 'Back to the video',
    videoError: 'This video could not be played.',
    feedLabel: 'Shoppable videos',
    feedItem: '{index} of {count}',
    feedNext: 'Next post',
    feedPrevious: 'Previous post',
  },
};

addBuiltInStrings('en', videoStrings.en);

/**
 * Formats seconds as `m:ss` (or `h:mm:ss`) for the time display and spoken values.
 *
 * @example
 * formatTime(75.4); // '1:15'
 */
export function formatTime(seconds: number): string {
  const s = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
