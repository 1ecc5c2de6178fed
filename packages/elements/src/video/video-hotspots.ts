import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ShopletTag } from '../tag/tag.component.js';
import { type RailItem, railItems } from './video-rail.js';
import { type VideoTagEntry, VideoTagLayer } from './video-tags.js';

/**
 * What the hotspots read from the player element.
 *
 * @example
 * class Player extends LitElement implements HotspotHost { … }
 */
export interface HotspotHost extends ReactiveControllerHost, HTMLElement {
  /** The `<video>`, once rendered. */
  readonly media: HTMLVideoElement | undefined;
  readonly reducedMotion: boolean;
}

/**
 * A video's hotspots: reads the player's `<shoplet-tag>` and `<track>` children (again whenever a
 * tag's timing or position changes), shows each tag inside its time window at the player's size,
 * and keeps the product rail's items and which of them are on screen.
 *
 * @example
 * readonly #hotspots = new VideoHotspots(this, (entry) => announce(entry.tag.accessibleLabel));
 * firstUpdated() { this.#hotspots.observe(this.renderRoot.querySelector('.player')!); }
 */
export class VideoHotspots implements ReactiveController {
  tags: ShopletTag[] = [];
  tracks: HTMLTrackElement[] = [];
  /** Every tagged product once, in order of first appearance. */
  rail: RailItem[] = [];
  /** Handles of the products with a hotspot showing now. */
  onScreen: ReadonlySet<string> = new Set();
  /** Played or seeked at least once: from then on appearing hotspots are announced. */
  engaged = false;

  readonly #host: HotspotHost;
  readonly #layer: VideoTagLayer;
  #size = { width: 0, height: 0 };
  #player: Element | undefined;
  #resize: ResizeObserver | undefined;
  #mutations: MutationObserver | undefined;

  constructor(host: HotspotHost, onAppear: (entry: VideoTagEntry) => void) {
    this.#host = host;
    this.#layer = new VideoTagLayer(onAppear);
    host.addController(this);
  }

  hostConnected(): void {
    this.#mutations ??= new MutationObserver(() => this.readChildren());
    this.#mutations.observe(this.#host, {
      subtree: true,
      attributes: true,
      attributeFilter: ['start', 'end', 'track', 'x', 'y'],
    });
    if (this.#player) this.#resize?.observe(this.#player);
  }

  hostDisconnected(): void {
    this.#mutations?.disconnect();
    this.#resize?.disconnect();
  }

  /** Places the hotspots in `player`'s box, following its size. */
  observe(player: Element): void {
    this.#player = player;
    this.#resize ??= new ResizeObserver(() => {
      const box = this.#player?.getBoundingClientRect();
      if (!box) return;
      this.#size = { width: box.width, height: box.height };
      this.sync();
    });
    this.#resize.observe(player);
  }

  /** Reads the tags and captions tracks among the host's children. */
  readChildren(): void {
    const children = [...this.#host.children];
    this.tags = children.filter((el): el is ShopletTag => el.localName === 'shoplet-tag');
    this.tracks = children.filter((el): el is HTMLTrackElement => el.localName === 'track');
    this.#layer.setTags(this.tags);
    this.rail = railItems(this.#layer.entries);
    this.sync();
    this.#host.requestUpdate();
  }

  /** Shows the hotspots of time `t` (by default the video's current time). */
  sync(t = this.#host.media?.currentTime ?? 0): void {
    const changed = this.#layer.update(t, this.#size, {
      announce: this.engaged || !!this.#host.media?.seeking,
      smooth: !this.#host.reducedMotion,
    });
    if (!changed) return;
    this.onScreen = new Set(this.#layer.shown.map((e) => e.tag.product ?? e.tag.getAttribute('product') ?? ''));
    this.#host.requestUpdate();
  }
}
