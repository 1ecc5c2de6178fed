import { addBuiltInStrings, type ShopletStrings } from '../internal/i18n.js';

// Optional members: the core tables in i18n.ts are typed `ShopletStrings` and do not list these;
// this module registers them for en, de and ja on import (`videoStrings` below is complete).
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

type VideoStringKey =
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
 * The video player's and the feed's built-in strings by language, registered with `setStrings`
 * on import. Override any of them with `setStrings('en', { videoProducts: 'Shop this video' })`.
 *
 * @example
 * videoStrings.de.videoPlay; // 'Abspielen'
 */
export const videoStrings: Record<'en' | 'de' | 'ja', Required<Pick<ShopletStrings, VideoStringKey>>> = {
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
  de: {
    videoPlay: 'Abspielen',
    videoPause: 'Pausieren',
    videoMute: 'Stummschalten',
    videoUnmute: 'Ton an',
    videoCaptions: 'Untertitel',
    videoSeek: 'Spulen',
    videoTime: '{current} von {duration}',
    videoPip: 'Bild im Bild',
    videoProducts: 'Produkte in diesem Video',
    videoJumpTo: 'Zu {title} bei {time} springen',
    videoOnScreen: 'Gerade im Bild',
    videoTagAppeared: 'Jetzt im Bild: {label}',
    videoMiniClose: 'Miniplayer schließen',
    videoMiniBack: 'Zurück zum Video',
    videoError: 'Dieses Video kann nicht abgespielt werden.',
    feedLabel: 'Shoppable Videos',
    feedItem: '{index} von {count}',
    feedNext: 'Nächster Beitrag',
    feedPrevious: 'Vorheriger Beitrag',
  },
  ja: {
    videoPlay: '再生',
    videoPause: '一時停止',
    videoMute: 'ミュート',
    videoUnmute: 'ミュート解除',
    videoCaptions: '字幕',
    videoSeek: 'シーク',
    videoTime: '{current} / {duration}',
    videoPip: 'ピクチャー・イン・ピクチャー',
    videoProducts: 'この動画の商品',
    videoJumpTo: '{time} の {title} へ移動',
    videoOnScreen: '表示中',
    videoTagAppeared: '表示中: {label}',
    videoMiniClose: 'ミニプレーヤーを閉じる',
    videoMiniBack: '動画に戻る',
    videoError: 'この動画を再生できません。',
    feedLabel: 'ショッピング動画',
    feedItem: '{index} / {count}',
    feedNext: '次の投稿',
    feedPrevious: '前の投稿',
  },
};

for (const [lang, table] of Object.entries(videoStrings)) addBuiltInStrings(lang, table);

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
