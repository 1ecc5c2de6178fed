/**
 * A module loaded on first use: what the cart runs only on a change, what an element runs only
 * after a press, hover or focus.
 *
 * @example
 * const menu = lazy(() => import('./share-menu.js'));
 * button.addEventListener('pointerenter', menu.preload);
 * button.addEventListener('click', async () => (await menu.load()).open());
 *
 * @internal
 */
export interface Lazy<M> {
  /** The module once it has loaded, else `undefined` (for render code that cannot wait). */
  readonly current: M | undefined;
  /** Imports the module once; rejects when it cannot load, and the next call tries again. */
  load(): Promise<M>;
  /** As {@link load}, but resolves to `undefined` when it cannot load (the next call tries again). */
  tryLoad(): Promise<M | undefined>;
  /** Starts loading it (pointer or focus on the way to a press); a failure is left to the press. */
  preload(): void;
}

/**
 * Wraps a dynamic import in a {@link Lazy}: one request however often it is asked for, and a
 * failed request (offline, a deploy removed the chunk) retried on the next use.
 *
 * @example
 * const code = lazy(() => import('./lazy/open-cart.js'));
 * // Loaded: runs in the same task (an event can still be cancelled); else once it arrives.
 * (code.current ?? (await code.tryLoad()))?.openCart(button);
 *
 * @internal
 */
export function lazy<M>(importer: () => Promise<M>): Lazy<M> {
  let current: M | undefined;
  let loading: Promise<M> | undefined;
  const load = () =>
    (loading ??= importer().then(
      (m) => (current = m),
      (err: unknown) => {
        loading = undefined;
        throw err;
      },
    ));
  return {
    get current() {
      return current;
    },
    load,
    tryLoad: () => load().catch(() => undefined),
    preload: () => void load().catch(() => {}),
  };
}
