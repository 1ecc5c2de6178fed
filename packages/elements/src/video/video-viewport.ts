import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches how much of an element is on screen: `visible` while at least half of it shows (the
 * autoplay rule), `near` once it is within a screen's height of the viewport (when the video may
 * start loading). Calls `onChange` with the one that flipped.
 *
 * @example
 * readonly #viewport = new ViewportController(this, () => this.frame, (what) => this.#onViewport(what));
 */
export class ViewportController implements ReactiveController {
  visible = false;
  near = false;
  #observers: IntersectionObserver[] = [];
  #target: Element | undefined;
  readonly #getTarget: () => Element | undefined;
  readonly #onChange: (what: 'visible' | 'near') => void;

  constructor(
    host: ReactiveControllerHost,
    getTarget: () => Element | undefined,
    onChange: (what: 'visible' | 'near') => void,
  ) {
    this.#getTarget = getTarget;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostUpdated(): void {
    const target = this.#getTarget();
    if (target === this.#target) return;
    this.#disconnect();
    this.#target = target;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    const half = new IntersectionObserver(
      (records) => {
        const record = records[records.length - 1];
        const visible = !!record && record.isIntersecting && record.intersectionRatio >= 0.5;
        if (visible === this.visible) return;
        this.visible = visible;
        this.#onChange('visible');
      },
      { threshold: [0, 0.5, 1] },
    );
    const soon = new IntersectionObserver(
      (records) => {
        const near = !!records[records.length - 1]?.isIntersecting;
        if (near === this.near) return;
        this.near = near;
        this.#onChange('near');
      },
      { rootMargin: '100% 0px 100% 0px' },
    );
    half.observe(target);
    soon.observe(target);
    this.#observers = [half, soon];
  }

  hostDisconnected(): void {
    this.#disconnect();
    this.#target = undefined;
    this.visible = false;
    this.near = false;
  }

  #disconnect(): void {
    for (const o of this.#observers) o.disconnect();
    this.#observers = [];
  }
}
