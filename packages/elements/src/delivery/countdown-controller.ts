import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Wakes a little after the minute turns, so the shown minute has surely changed. */
const MARGIN_MS = 20;
const MINUTE = 60_000;

/**
 * Updates its host when the delivery countdown it shows changes: when the shown minute of the
 * time left runs out, or once a minute after the cut-off (the dates move at midnight). One timer
 * per host, set after each update and stopped while the host is out of the page; back in the
 * page, the host updates at once.
 *
 * @example
 * readonly #countdown = new CountdownController(this);
 * willUpdate() { this.#countdown.follow(estimate?.orderWithinMs); }
 */
export class CountdownController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  /** When to wake next, in ms from the last update; `undefined` when nothing is shown. */
  #delay: number | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Follows the time left before the cut-off (`null` after it, `undefined` when no promise is
   * shown); the timer is set once the host has updated.
   */
  follow(leftMs: number | null | undefined): void {
    if (leftMs === undefined) this.#delay = undefined;
    else if (leftMs === null || leftMs <= 0) this.#delay = MINUTE;
    else this.#delay = (leftMs % MINUTE || MINUTE) + MARGIN_MS;
  }

  hostConnected(): void {
    this.#connected = true;
    // Time may have passed while it was away (and an update made meanwhile set no timer): show
    // the current countdown, which also sets the next timer.
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    this.#stop();
    if (this.#connected && this.#delay !== undefined) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#host.requestUpdate();
      }, this.#delay);
    }
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
