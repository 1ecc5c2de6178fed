import type { Shoplet } from '@shoplet/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { StoreController } from '../internal/store-controller.js';
import { $sheetOpen } from './overlay-watch.js';
import { ViewportController } from './video-viewport.js';

/**
 * What the playback rules read from the player element.
 *
 * @example
 * class Player extends LitElement implements PolicyHost { … }
 */
export interface PolicyHost extends ReactiveControllerHost, EventTarget {
  readonly shop: Shoplet | undefined;
  readonly autoplay: boolean;
  readonly miniPlayer: boolean;
  readonly overlayBehavior: string;
  readonly reducedMotion: boolean;
  /** The `<video>`, once rendered. */
  readonly media: HTMLVideoElement | undefined;
  /** The element whose visibility counts (stays in the page while the player floats). */
  readonly frameElement: Element | undefined;
  /** Loads the source if it is not attached yet. */
  ensureSource(): Promise<void>;
}

/**
 * The rules for when a video plays on its own: muted autoplay while at least half visible
 * (never with reduced motion, never after the shopper paused), pause when scrolled away or float
 * in the mini player instead, pause while a product sheet or the cart is open and resume after
 * (per `overlay-behavior`). Keeps why the video was paused, so it only resumes what it paused.
 *
 * @example
 * readonly #policy = new PlaybackPolicy(this);
 * render() { return html`<div class=${this.#policy.floating ? 'floating' : ''}>…</div>`; }
 */
export class PlaybackPolicy implements ReactiveController {
  /** Whether the player floats in the corner. */
  floating = false;
  readonly viewport: ViewportController;
  #userPaused = false;
  #pausedByOverlay = false;
  #pausedByScroll = false;
  #overlayWasOpen = false;
  readonly #host: PolicyHost;
  readonly #sheetOpen: StoreController<boolean>;
  readonly #cartOpen: StoreController<boolean>;

  constructor(host: PolicyHost) {
    this.#host = host;
    this.#sheetOpen = new StoreController<boolean>(host);
    this.#cartOpen = new StoreController<boolean>(host);
    this.#sheetOpen.track($sheetOpen);
    this.viewport = new ViewportController(
      host,
      () => host.frameElement,
      (what) => this.#onViewport(what),
    );
    host.addController(this);
  }

  hostUpdate(): void {
    this.#cartOpen.track(this.#host.shop?.$cartOpen);
  }

  hostUpdated(): void {
    const open = !!this.#sheetOpen.value || !!this.#cartOpen.value;
    if (open === this.#overlayWasOpen) return;
    this.#overlayWasOpen = open;
    const video = this.#host.media;
    if (!video || this.#host.overlayBehavior === 'play-through') return;
    if (open && !video.paused) {
      this.#pausedByOverlay = true;
      video.pause();
    } else if (!open && this.#pausedByOverlay) {
      this.#pausedByOverlay = false;
      if (this.#host.overlayBehavior !== 'pause') void video.play().catch(() => {});
    }
  }

  /** The shopper asked to play. */
  userPlay(): void {
    this.#userPaused = false;
  }

  /** The shopper paused: no autoplay or resume until they play again. */
  userPause(): void {
    this.#userPaused = true;
    this.#host.media?.pause();
  }

  /** Playback started, whoever started it. */
  played(): void {
    this.#pausedByScroll = false;
  }

  /** Puts a floating player back in the page (`close` also pauses it). */
  dock(close = false): void {
    this.floating = false;
    if (close) this.userPause();
    this.#host.requestUpdate();
  }

  #onViewport(what: 'visible' | 'near'): void {
    const video = this.#host.media;
    this.#host.requestUpdate();
    if (!video) return;
    if (what === 'near') {
      if (this.viewport.near) void this.#host.ensureSource();
      return;
    }
    if (this.viewport.visible) {
      this.floating = false;
      const auto =
        this.#host.autoplay &&
        !this.#host.reducedMotion &&
        !this.#userPaused &&
        !this.#sheetOpen.value &&
        !this.#cartOpen.value;
      if (auto || this.#pausedByScroll) {
        this.#pausedByScroll = false;
        if (auto) video.muted = true;
        void this.#host
          .ensureSource()
          .then(() => video.play())
          .catch(() => {});
      }
    } else if (!video.paused) {
      if (this.#host.miniPlayer) this.floating = true;
      else {
        this.#pausedByScroll = true;
        video.pause();
      }
    }
  }
}
