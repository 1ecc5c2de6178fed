import { warnOnce } from '@shoplet/core/internal';
import { html, nothing } from 'lit';
import type { StringKey } from '../i18n/types.js';
import { formatTime } from './format-time.js';

/**
 * What the control bar shows and what its buttons call.
 *
 * @example
 * renderControls({ t: (k) => el.t(k), playing: false, … });
 */
export interface ControlsView {
  t: (key: StringKey, values?: Record<string, string | number>) => string;
  playing: boolean;
  muted: boolean;
  currentTime: number;
  duration: number;
  hasCaptions: boolean;
  captionsOn: boolean;
  pipAvailable: boolean;
  pipOn: boolean;
  togglePlay: () => void;
  toggleMute: () => void;
  toggleCaptions: () => void;
  togglePip: () => void;
  seek: (seconds: number) => void;
}

const icon = (d: string) =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d=${d} fill="currentColor"></path></svg>`;

const ICONS = {
  play: 'M8 5v14l11-7z',
  pause: 'M6 5h4v14H6zm8 0h4v14h-4z',
  volume: 'M3 9v6h4l5 5V4L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z',
  muted:
    'M3 9v6h4l5 5V4L7 9H3zm13.6 3 2.7-2.7-1.4-1.4-2.7 2.7-2.7-2.7-1.4 1.4 2.7 2.7-2.7 2.7 1.4 1.4 2.7-2.7 2.7 2.7 1.4-1.4z',
  captions:
    'M19 4H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm-8 7H9.5v-.5h-2v3h2V13H11v1a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v1zm7 0h-1.5v-.5h-2v3h2V13H18v1a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v1z',
  pip: 'M19 11h-8v6h8v-6zm4 8V5a2 2 0 0 0-2-2H3a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h18a2 2 0 0 0 2-2zm-2 .02H3V4.97h18v14.05z',
};

/**
 * The player's control bar: play/pause, mute, captions, a seek slider that speaks
 * "0:03 of 0:10", the time, and picture-in-picture. Every control is a labelled native
 * `<button>` or `<input type="range">`, so it is reachable and operable by keyboard.
 *
 * @example
 * html`<div class="controls">${renderControls(view)}</div>`;
 */
export function renderControls(v: ControlsView) {
  const time = v.t('videoTime', { current: formatTime(v.currentTime), duration: formatTime(v.duration) });
  return html`<button class="ctl" part="control play-button" aria-label=${v.playing ? v.t('videoPause') : v.t('videoPlay')} @click=${v.togglePlay}>
      ${icon(v.playing ? ICONS.pause : ICONS.play)}
    </button>
    <button class="ctl" part="control mute-button" aria-label=${v.muted ? v.t('videoUnmute') : v.t('videoMute')} @click=${v.toggleMute}>
      ${icon(v.muted ? ICONS.muted : ICONS.volume)}
    </button>
    <input
      class="seek"
      part="seek"
      type="range"
      min="0"
      max=${v.duration > 0 && Number.isFinite(v.duration) ? v.duration : 0}
      step="0.1"
      .value=${String(v.currentTime)}
      aria-label=${v.t('videoSeek')}
      aria-valuetext=${time}
      @input=${(e: Event) => v.seek(Number((e.target as HTMLInputElement).value))}
    />
    <span class="time" part="time" aria-hidden="true">${formatTime(v.currentTime)} / ${formatTime(v.duration)}</span>
    ${
      v.hasCaptions
        ? html`<button class="ctl" part="control captions-button" aria-label=${v.t('videoCaptions')} aria-pressed=${String(v.captionsOn)} @click=${v.toggleCaptions}>
          ${icon(ICONS.captions)}
        </button>`
        : nothing
    }
    ${
      v.pipAvailable
        ? html`<button class="ctl" part="control pip-button" aria-label=${v.t('videoPip')} aria-pressed=${String(v.pipOn)} @click=${v.togglePip}>
          ${icon(ICONS.pip)}
        </button>`
        : nothing
    }`;
}

/**
 * Shows the first captions track (or hides all) and returns whether captions now show.
 *
 * @example
 * this.captionsOn = showCaptions(video, !this.captionsOn);
 */
export function showCaptions(video: HTMLVideoElement, on: boolean): boolean {
  const tracks = [...video.textTracks];
  tracks.forEach((track, i) => {
    track.mode = on && i === 0 ? 'showing' : 'disabled';
  });
  return on && tracks.length > 0;
}

/**
 * Enters picture-in-picture, or leaves it when this video is in it. A refusal (no user gesture,
 * policy) gives one development warning instead of an error.
 *
 * @example
 * button.addEventListener('click', () => togglePictureInPicture(video));
 */
export async function togglePictureInPicture(video: HTMLVideoElement): Promise<void> {
  try {
    if (document.pictureInPictureElement === video) await document.exitPictureInPicture();
    else await video.requestPictureInPicture();
  } catch (err) {
    warnOnce('video-error', `<shoplet-video>: picture-in-picture failed (${(err as Error).message}).`);
  }
}
