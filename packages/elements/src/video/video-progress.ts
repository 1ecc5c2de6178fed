import type { Shoplet } from '@shoplet/core';

/** The progress points (percent) reported as `video:progress`, GA4's `video_progress` thresholds. */
const MILESTONES = [25, 50, 75, 100] as const;

/**
 * Tells which progress milestones a playing video has just reached, each once until `reset()`.
 * `timeupdate` fires about four times a second, so a milestone counts from a quarter second
 * before it; 100 % is also reached on `ended`.
 *
 * @example
 * const progress = new ProgressMilestones();
 * video.addEventListener('timeupdate', () => {
 *   for (const percent of progress.reached(video.currentTime, video.duration)) report(percent);
 * });
 */
export class ProgressMilestones {
  readonly #done = new Set<number>();

  /** Milestones reached at `currentTime` that were not reported yet. */
  reached(currentTime: number, duration: number, ended = false): number[] {
    if (!(duration > 0) || !Number.isFinite(duration)) return [];
    const found: number[] = [];
    for (const m of MILESTONES) {
      if (this.#done.has(m)) continue;
      if (ended || currentTime >= (duration * m) / 100 - 0.25) {
        this.#done.add(m);
        found.push(m);
      }
    }
    return found;
  }

  reset(): void {
    this.#done.clear();
  }
}

/**
 * Sends `video:progress` to the client's analytics at 25, 50, 75 and 100 % of a video, once each.
 *
 * @example
 * readonly #progress = new ProgressReporter();
 * onTimeUpdate() { this.#progress.update(video, this.shop, 'summer-look'); }
 */
export class ProgressReporter {
  readonly #milestones = new ProgressMilestones();

  update(video: HTMLVideoElement, shop: Shoplet | undefined, postId: string | undefined, ended = false): void {
    for (const percent of this.#milestones.reached(video.currentTime, video.duration, ended)) {
      shop?.emit('video:progress', {
        ...(postId ? { postId } : {}),
        percent,
        currentTime: video.currentTime,
        duration: video.duration,
      });
    }
  }

  reset(): void {
    this.#milestones.reset();
  }
}
