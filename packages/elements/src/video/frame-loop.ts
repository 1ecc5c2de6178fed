type FrameVideo = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: (now: number, meta: { mediaTime: number }) => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

/**
 * Calls `onFrame(mediaTime)` once per presented video frame while running:
 * `requestVideoFrameCallback` where available (the time of the frame actually shown), else
 * `requestAnimationFrame` with `currentTime`. Run it only while the video plays; after a seek
 * call `onFrame` once yourself.
 *
 * @example
 * const loop = new FrameLoop(video, (t) => layer.update(t, size));
 * video.addEventListener('play', () => loop.start());
 * video.addEventListener('pause', () => loop.stop());
 */
export class FrameLoop {
  #handle = 0;
  #running = false;
  readonly #video: FrameVideo;
  readonly #onFrame: (mediaTime: number) => void;

  constructor(video: HTMLVideoElement, onFrame: (mediaTime: number) => void) {
    this.#video = video;
    this.#onFrame = onFrame;
  }

  /** Whether frames are being delivered. */
  get active(): boolean {
    return this.#running;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#schedule();
  }

  stop(): void {
    if (!this.#running) return;
    this.#running = false;
    if (this.#video.cancelVideoFrameCallback) this.#video.cancelVideoFrameCallback(this.#handle);
    else cancelAnimationFrame(this.#handle);
  }

  #schedule(): void {
    const video = this.#video;
    if (video.requestVideoFrameCallback) {
      this.#handle = video.requestVideoFrameCallback((_now, meta) => this.#tick(meta.mediaTime));
    } else {
      this.#handle = requestAnimationFrame(() => this.#tick(video.currentTime));
    }
  }

  #tick(time: number): void {
    if (!this.#running) return;
    this.#onFrame(time);
    this.#schedule();
  }
}
