import type { Shoplet } from '@shoplet/core';
import { lazy, warnOnce } from '@shoplet/core/internal';
import { html, nothing, type PropertyValues } from 'lit';
import { emit } from '../events/emit.js';
import { parseAspectRatio } from '../internal/aspect-ratio.js';
import { safeUrl } from '../internal/safe-url.js';
import { ShopletElement } from '../internal/shoplet-element.js';
import { theme } from '../internal/theme.js';
import { checkVideoAttributes } from './check-video-attributes.js';
import { FrameLoop } from './frame-loop.js';
import { type AttachedSource, attachSource } from './media-source.js';
import { PlaybackPolicy } from './playback-policy.js';
import { videoStyles } from './video.styles.js';
import { renderControls, showCaptions, togglePictureInPicture } from './video-controls.js';
import { DeepLinkController } from './video-deep-link.js';
import { VideoHotspots } from './video-hotspots.js';
import { ProgressReporter } from './video-progress.js';
import { type RailItem, renderRail } from './video-rail.js';

// The sheet opener loads on the first product opened, or earlier when the pointer or focus
// reaches a product of the rail; it then loads the sheet itself.
const opener = lazy(() => import('../sheet/open-sheet.js'));

const reducedMotionQuery = () =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;

/** Opens the product sheet for `handle`, loading its code first. */
async function openSheet(handle: string, options: { client: Shoplet; opener: HTMLElement }): Promise<void> {
  await (await opener.load()).openSheet(handle, options);
}

/**
 * @tagname shoplet-video
 * @summary A shoppable video: `<shoplet-tag start end>` children become hotspots shown only in
 * their time window, moving along their `track` keyframes as the video plays; a product rail
 * lists every tagged product in order of appearance, highlights those on screen and jumps to
 * them. MP4/WebM play natively, HLS natively or through hls.js loaded on demand.
 *
 * @slot - `<shoplet-tag>` elements (with `start`, `end`, `track`) and `<track kind="captions">` elements.
 *
 * @csspart frame - The box that keeps the video's shape in the page (also while it floats).
 * @csspart player - The video, hotspots and controls (the part that floats as a mini player).
 * @csspart video - The `<video>`.
 * @csspart controls - The control bar.
 * @csspart control - Every control button; also `play-button`, `mute-button`, `captions-button`, `pip-button`.
 * @csspart seek - The seek slider.
 * @csspart time - The time display.
 * @csspart rail - The product rail.
 * @csspart rail-item - One product of the rail; `rail-item-on-screen` while its hotspot shows.
 * @csspart rail-choose - The rail button that opens the product sheet.
 * @csspart rail-jump - The rail button that seeks to where the product appears.
 * @csspart mini-bar - The mini player's back and close buttons.
 *
 * @cssprop --shoplet-video-radius - Corner radius of the video.
 * @cssprop --shoplet-mini-player-width - Width of the floating mini player (16rem).
 *
 * @event shoplet-tag-activate - A hotspot was activated (from the tag); cancel it to keep the sheet closed.
 * @event shoplet-error - The video could not be played, or an attribute is invalid.
 *
 * @example
 * <shoplet-video src="/look.mp4" poster="/look.jpg" aspect-ratio="9/16" post-id="summer-look" autoplay mini-player>
 *   <track kind="captions" src="/look.en.vtt" srclang="en" label="English">
 *   <shoplet-tag product="linen-shirt" x="0.3" y="0.4" start="1" end="6" track="[[1,0.3,0.4],[6,0.5,0.45]]"></shoplet-tag>
 * </shoplet-video>
 */
export class ShopletVideo extends ShopletElement {
  static override styles = [theme, videoStyles];

  static override properties = {
    src: {},
    poster: {},
    aspectRatio: { attribute: 'aspect-ratio' },
    label: {},
    postId: { attribute: 'post-id', reflect: true },
    autoplay: { type: Boolean },
    muted: { type: Boolean },
    loop: { type: Boolean },
    miniPlayer: { type: Boolean, attribute: 'mini-player' },
    preload: {},
    overlayBehavior: { attribute: 'overlay-behavior' },
    rail: { reflect: true },
    playing: { state: true },
    isMuted: { state: true },
    currentTime: { state: true },
    duration: { state: true },
    captionsOn: { state: true },
    pipOn: { state: true },
    announcement: { state: true },
    failed: { state: true },
    motionReduced: { state: true },
  };

  /** Video URL: MP4, WebM or an HLS playlist (`.m3u8`). */
  declare src: string | undefined;
  /** Poster image shown before playback. */
  declare poster: string | undefined;
  /** Shape reserved before the video loads (`9/16`, `16/9`); should match the video. */
  declare aspectRatio: string | undefined;
  /** Accessible name of the video. */
  declare label: string | undefined;
  /** The post id, used by deep links (`#shoplet=<post-id>&t=…&p=…`) and analytics. */
  declare postId: string | undefined;
  /** Play muted and inline while at least half visible (not with `prefers-reduced-motion`). */
  declare autoplay: boolean;
  /** Start muted. Autoplay is always muted. */
  declare muted: boolean;
  declare loop: boolean;
  /** Keep playing in a small corner player when the video scrolls out of view. */
  declare miniPlayer: boolean;
  /**
   * Loading: by default nothing loads until the video is near the viewport (`preload="none"`,
   * then `metadata`); `metadata` or `auto` load at once.
   */
  declare preload: 'none' | 'metadata' | 'auto' | undefined;
  /** When a product sheet or the cart opens: `pause-resume` (default), `pause` or `play-through`. */
  declare overlayBehavior: string;
  /** Product rail: `auto` (under, beside on wide screens), `below`, `beside`, `overlay` or `none`. */
  declare rail: string;

  declare private playing: boolean;
  declare private isMuted: boolean;
  declare private currentTime: number;
  declare private duration: number;
  declare private captionsOn: boolean;
  declare private pipOn: boolean;
  declare private announcement: string;
  declare private failed: boolean;
  declare private motionReduced: boolean;

  readonly #hotspots = new VideoHotspots(this, (entry) => {
    this.announcement = this.t('videoTagAppeared', { label: entry.tag.accessibleLabel });
  });
  readonly #policy = new PlaybackPolicy(this);
  readonly #deepLink = new DeepLinkController(this, (handle, shop) => {
    void openSheet(handle, { client: shop, opener: this });
  });
  readonly #progress = new ProgressReporter();
  #frames: FrameLoop | undefined;
  #source: AttachedSource | undefined;
  #attachedSrc: string | undefined;
  readonly #motion = reducedMotionQuery();

  constructor() {
    super();
    this.autoplay = false;
    this.muted = false;
    this.loop = false;
    this.miniPlayer = false;
    this.overlayBehavior = 'pause-resume';
    this.rail = 'auto';
    this.playing = false;
    this.isMuted = false;
    this.currentTime = 0;
    this.duration = Number.NaN;
    this.captionsOn = false;
    this.pipOn = false;
    this.announcement = '';
    this.failed = false;
    this.motionReduced = !!reducedMotionQuery()?.matches;
    this.addEventListener('shoplet-tag-change', () => this.requestUpdate());
  }

  get #video(): HTMLVideoElement {
    return this.renderRoot.querySelector('video')!;
  }
  get #player(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.player');
  }

  /** The playback position in seconds; setting it seeks. */
  get time(): number {
    return this.#video?.currentTime ?? 0;
  }
  set time(seconds: number) {
    void this.seek(seconds);
  }

  /** Whether the video is paused. */
  get paused(): boolean {
    return this.#video?.paused ?? true;
  }

  /** Whether `prefers-reduced-motion` is on: no autoplay, hotspots snap to keyframes. */
  get reducedMotion(): boolean {
    return this.motionReduced;
  }

  /** The `<video>` inside, once rendered. */
  get media(): HTMLVideoElement | undefined {
    return this.#video ?? undefined;
  }

  /** The box that keeps the video's place in the page (visibility is measured on it). */
  get frameElement(): Element | undefined {
    return this.renderRoot.querySelector('.frame') ?? undefined;
  }

  /** Starts playback (loading the source first if needed). Resolves when playing, or rejects as `<video>.play()`. */
  async play(): Promise<void> {
    this.#policy.userPlay();
    await this.ensureSource();
    await this.#video.play();
  }

  /** Pauses playback. */
  pause(): void {
    this.#video?.pause();
  }

  /** Seeks to `seconds` (loading the source first if needed) and shows the hotspots of that moment. */
  async seek(seconds: number): Promise<void> {
    await this.ensureSource();
    const video = this.#video;
    if (video.readyState < HTMLMediaElement.HAVE_METADATA) {
      await new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
    }
    this.#hotspots.engaged = true;
    video.currentTime = Math.max(0, Math.min(seconds, video.duration || seconds));
    this.#hotspots.sync(video.currentTime);
  }

  /** The player's box; tags use it to keep their cards inside. */
  mediaRect(): DOMRect | undefined {
    return this.#player?.getBoundingClientRect();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#motion?.addEventListener('change', this.#onMotionChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#motion?.removeEventListener('change', this.#onMotionChange);
    this.#frames?.stop();
    this.#detachSource();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    checkVideoAttributes(this, changed);
    if (changed.has('muted')) this.isMuted = this.muted;
  }

  protected override firstUpdated(): void {
    this.#frames = new FrameLoop(this.#video, (t) => this.#hotspots.sync(t));
    if (this.#player) this.#hotspots.observe(this.#player);
    void this.#deepLink.follow();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.#attachedSrc !== undefined && this.#attachedSrc !== this.src) {
      this.#detachSource();
      this.#progress.reset();
    }
    if (this.preload === 'metadata' || this.preload === 'auto') void this.ensureSource();
    for (const tag of this.#hotspots.tags) if (this.client && !tag.client) tag.client = this.client;
  }

  /** Attaches the source now, without waiting for the video to near the viewport. */
  async ensureSource(): Promise<void> {
    await this.updateComplete;
    const src = this.src?.trim();
    if (!src || this.#attachedSrc === src) return;
    this.#attachedSrc = src;
    this.failed = false;
    const url = safeUrl(src, { kind: 'media' });
    if (!url) return this.#fail(`src "${src}" must be an http(s), blob: or relative URL`);
    try {
      this.#source = await attachSource(this.#video, url);
    } catch (err) {
      this.#fail((err as Error).message);
    }
  }

  #detachSource(): void {
    this.#source?.destroy();
    this.#source = undefined;
    this.#attachedSrc = undefined;
  }

  #fail(message: string): void {
    this.failed = true;
    warnOnce('video-error', `<shoplet-video src="${this.src ?? ''}">: ${message}`);
    emit(this, 'shoplet-error', { code: 'backend', message, field: 'src' });
  }

  readonly #onMotionChange = (e: MediaQueryListEvent) => {
    this.motionReduced = e.matches;
  };

  readonly #onPlay = () => {
    this.playing = true;
    this.#hotspots.engaged = true;
    this.#policy.played();
    this.#frames?.start();
  };

  readonly #onPause = () => {
    this.playing = false;
    this.#frames?.stop();
    this.#hotspots.sync(this.#video.currentTime);
  };

  readonly #onTimeUpdate = () => {
    const video = this.#video;
    this.currentTime = video.currentTime;
    if (!video.paused && !video.seeking) this.#progress.update(video, this.shop, this.postId);
  };

  readonly #togglePlay = () => {
    if (this.#video.paused) void this.play().catch(() => {});
    else this.#policy.userPause();
  };

  readonly #toggleMute = () => {
    this.#video.muted = !this.#video.muted;
  };

  readonly #toggleCaptions = () => {
    this.captionsOn = showCaptions(this.#video, !this.captionsOn);
  };

  readonly #togglePip = async () => {
    await this.ensureSource();
    await togglePictureInPicture(this.#video);
  };

  #choose(item: RailItem, button: HTMLElement): void {
    const shop = this.shop;
    const product = item.tag.productData;
    if (product)
      shop?.emit('product:select', { product, source: 'video-rail', ...(this.postId ? { postId: this.postId } : {}) });
    if (shop) void openSheet(item.handle, { client: shop, opener: button });
  }

  readonly #backToPosition = () => {
    this.#policy.dock();
    this.scrollIntoView({ block: 'center', behavior: this.reducedMotion ? 'auto' : 'smooth' });
  };

  protected override render() {
    const ratio = parseAspectRatio(this.aspectRatio);
    const lazyLoad = !this.preload && !this.#policy.viewport.near;
    const hotspots = this.#hotspots;
    const showRail = this.rail !== 'none' && hotspots.rail.length > 0;
    return html`<div class="layout">
      <div class="frame" part="frame" .style=${ratio ? `--_aspect:${ratio}` : ''}>
        <div class="player ${this.#policy.floating ? 'floating' : ''}" part="player">
          <video
            part="video"
            playsinline
            .muted=${this.isMuted}
            ?loop=${this.loop}
            preload=${lazyLoad ? 'none' : (this.preload ?? 'metadata')}
            poster=${safeUrl(this.poster, { kind: 'media', field: '<shoplet-video> poster' }) ?? nothing}
            aria-label=${this.label ?? nothing}
            @click=${this.#togglePlay}
            @play=${this.#onPlay}
            @pause=${this.#onPause}
            @ended=${() => this.#progress.update(this.#video, this.shop, this.postId, true)}
            @seeking=${() => (hotspots.engaged = true)}
            @seeked=${() => hotspots.sync(this.#video.currentTime)}
            @timeupdate=${this.#onTimeUpdate}
            @durationchange=${() => (this.duration = this.#video.duration)}
            @volumechange=${() => (this.isMuted = this.#video.muted)}
            @enterpictureinpicture=${() => (this.pipOn = true)}
            @leavepictureinpicture=${() => (this.pipOn = false)}
            @error=${() => this.#fail(`the video could not be loaded (${this.#video.error?.message || `code ${this.#video.error?.code}`})`)}
          >
            ${hotspots.tracks.map(
              (tr) =>
                html`<track kind=${tr.kind || 'captions'} src=${safeUrl(tr.src, { kind: 'media', field: '<track> src' }) ?? nothing} srclang=${tr.srclang || nothing} label=${tr.label || nothing} ?default=${tr.default} />`,
            )}
          </video>
          <div class="tags"><slot @slotchange=${() => hotspots.readChildren()}></slot></div>
          ${this.failed ? html`<p class="failed" role="alert">${this.t('videoError')}</p>` : nothing}
          <div class="controls" part="controls">${renderControls({
            t: (k, v) => this.t(k, v),
            playing: this.playing,
            muted: this.isMuted,
            currentTime: this.currentTime,
            duration: this.duration,
            hasCaptions: hotspots.tracks.length > 0,
            captionsOn: this.captionsOn,
            pipAvailable: typeof document !== 'undefined' && document.pictureInPictureEnabled === true,
            pipOn: this.pipOn,
            togglePlay: this.#togglePlay,
            toggleMute: this.#toggleMute,
            toggleCaptions: this.#toggleCaptions,
            togglePip: this.#togglePip,
            seek: (s) => void this.seek(s),
          })}</div>
          ${
            this.#policy.floating
              ? html`<div class="mini-bar" part="mini-bar">
                <button class="ctl" @click=${this.#backToPosition} aria-label=${this.t('videoMiniBack')}>↩</button>
                <button class="ctl" @click=${() => this.#policy.dock(true)} aria-label=${this.t('videoMiniClose')}>✕</button>
              </div>`
              : nothing
          }
          <div class="vh" aria-live="polite">${this.announcement}</div>
        </div>
      </div>
      ${
        showRail
          ? renderRail({
              items: hotspots.rail,
              onScreen: hotspots.onScreen,
              shop: this.shop,
              t: (k, v) => this.t(k, v),
              preload: opener.preload,
              choose: (item, button) => this.#choose(item, button),
              jump: (item) => void this.seek(item.start),
            })
          : nothing
      }
    </div>`;
  }
}
