import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/**
 * What the controller needs of a store: a nanostores atom, or anything with `get` and `subscribe`.
 *
 * @example
 * const $open: Readable<boolean> = { get: () => false, subscribe: (fn) => (fn(false), () => {}) };
 */
export type Readable<T> = Pick<ReadableAtom<T>, 'get' | 'subscribe'>;

/**
 * Keeps a Lit element in sync with one nanostore: `value` is the store's current value and the
 * host re-renders on every change. Point it at another store with `track()`; it unsubscribes
 * while the host is disconnected.
 *
 * @example
 * readonly #cart = new StoreController(this);
 * willUpdate() { this.cart.track(this.shop?.$cart); }
 * render() { return html`${this.cart.value?.totalQuantity ?? 0}`; }
 */
export class StoreController<T> implements ReactiveController {
  value: T | undefined;
  #store: Readable<T> | undefined;
  /** Ends the subscription, while there is one. */
  #off: (() => void) | undefined;
  #connected = false;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Follows `store` (or nothing). Calling it again with the same store is free. */
  track(store: Readable<T> | undefined): void {
    if (store === this.#store) return;
    this.#store = store;
    this.value = store?.get();
    if (this.#connected) this.hostConnected();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#off?.();
    // subscribe() (not listen) so a store mounted here starts loading and the value is fresh.
    this.#off = this.#store?.subscribe((value) => {
      if (value === this.value) return;
      this.value = value;
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#off?.();
    this.#off = undefined;
  }
}
