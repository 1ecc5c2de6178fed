import { warnOnce } from '@shoplet/core/internal';
import type { ShopletTag } from '../tag/tag.component.js';
import { type Keyframe, parseTrack, positionAt } from './track.js';
import { visibleTagsAt } from './visible-tags.js';

/**
 * One `<shoplet-tag>` of a video with its time window and keyframes, read from its `start`,
 * `end` and `track` attributes.
 *
 * @example
 * layer.entries.map((e: VideoTagEntry) => [e.tag.product, e.start, e.end]);
 */
export interface VideoTagEntry {
  tag: ShopletTag;
  /** Seconds; 0 when the attribute is absent. */
  start: number;
  /** Seconds; `Infinity` when the attribute is absent. */
  end: number;
  track: readonly Keyframe[] | null;
  /** Whether the hotspot is showing. */
  shown: boolean;
  /** Whether the hotspot has been announced to screen readers. */
  announced: boolean;
  /** The current position, normalized. */
  x: number;
  y: number;
}

function seconds(tag: Element, name: string, fallback: number): number {
  const raw = tag.getAttribute(name);
  if (raw === null || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (Number.isFinite(value) && value >= 0) return value;
  warnOnce(
    'invalid-tag',
    `<shoplet-tag product="${tag.getAttribute('product') ?? ''}"> ${name}="${raw}" must be a number of seconds ≥ 0; using ${fallback}.`,
  );
  return fallback;
}

function base(tag: ShopletTag, axis: 'x' | 'y'): number {
  const value = tag[axis];
  return typeof value === 'number' && Number.isFinite(value) ? value : Number(tag.getAttribute(axis));
}

/**
 * Shows a video's tags inside their time windows and moves tracked ones along their keyframes.
 * Finding the tags of a moment is a scan of the video's tags ({@link visibleTagsAt}), which keeps
 * its answer while nothing changes. Hotspots move with the `translate` CSS property
 * (compositor-only, no layout), leaving the tag's own `left`/`top` at its `x`/`y`.
 *
 * @example
 * const layer = new VideoTagLayer((entry) => announce(entry.tag.accessibleLabel));
 * layer.setTags([...video.querySelectorAll('shoplet-tag')]);
 * layer.update(video.currentTime, { width: 360, height: 640 });
 */
export class VideoTagLayer {
  entries: VideoTagEntry[] = [];
  #active: readonly VideoTagEntry[] = [];
  // Reused by every frame, so the frame loop allocates nothing.
  readonly #at = { x: 0, y: 0 };
  readonly #onAppear: (entry: VideoTagEntry) => void;

  constructor(onAppear: (entry: VideoTagEntry) => void = () => {}) {
    this.#onAppear = onAppear;
  }

  /** The entries showing now, in document order. */
  get shown(): readonly VideoTagEntry[] {
    return this.#active;
  }

  /** Reads the tags' windows and tracks; call again when tags or their attributes change. */
  setTags(tags: readonly ShopletTag[]): void {
    const previous = new Map(this.entries.map((e) => [e.tag, e]));
    this.entries = tags.map((tag) => {
      const start = seconds(tag, 'start', 0);
      let end = seconds(tag, 'end', Number.POSITIVE_INFINITY);
      if (end < start) {
        warnOnce(
          'invalid-tag',
          `<shoplet-tag product="${tag.product ?? ''}"> end="${end}" is before start="${start}"; showing it to the end.`,
        );
        end = Number.POSITIVE_INFINITY;
      }
      let track: Keyframe[] | null = null;
      const raw = tag.getAttribute('track');
      if (raw !== null) {
        const parsed = parseTrack(raw);
        if (parsed.ok) track = parsed.track;
        else
          warnOnce(
            'invalid-tag',
            `<shoplet-tag product="${tag.product ?? ''}"> track ${parsed.error}; it stays still.`,
          );
      }
      const old = previous.get(tag);
      return {
        tag,
        start,
        end,
        track,
        shown: true,
        announced: old?.announced ?? false,
        x: base(tag, 'x'),
        y: base(tag, 'y'),
      };
    });
    this.#active = [];
    // Start hidden; the next update shows what belongs on screen (without announcing it again).
    for (const entry of this.entries) this.#show(entry, false, false);
  }

  /**
   * Brings the hotspots to time `t` in a frame of `size` pixels. Returns `true` when the set of
   * shown tags changed (so the caller can refresh its product rail).
   * `announce` reports newly shown tags (once per tag); `smooth: false` snaps to keyframes.
   */
  update(t: number, size: { width: number; height: number }, options: { announce?: boolean; smooth?: boolean } = {}) {
    const next = visibleTagsAt(this.entries, t, this.#active);
    const changed = next !== this.#active;
    if (changed) {
      const keep = new Set(next);
      for (const entry of this.#active) if (!keep.has(entry)) this.#show(entry, false, false);
      for (const entry of next) if (!entry.shown) this.#show(entry, true, options.announce ?? false);
      this.#active = next;
    }
    for (const entry of next) {
      if (!entry.track) continue;
      positionAt(entry.track, t, this.#at, options.smooth ?? true);
      entry.x = this.#at.x;
      entry.y = this.#at.y;
      const dx = (this.#at.x - base(entry.tag, 'x')) * size.width;
      const dy = (this.#at.y - base(entry.tag, 'y')) * size.height;
      entry.tag.style.translate = `${dx.toFixed(2)}px ${dy.toFixed(2)}px`;
    }
    return changed;
  }

  #show(entry: VideoTagEntry, on: boolean, announce: boolean): void {
    if (entry.shown === on) return;
    entry.shown = on;
    // An attribute, not `hidden`: the tag manages `hidden` itself for invalid coordinates.
    entry.tag.toggleAttribute('data-off', !on);
    if (on && announce && !entry.announced) {
      entry.announced = true;
      this.#onAppear(entry);
    }
  }
}
