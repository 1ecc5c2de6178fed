/**
 * A module loaded on first use: what an element of the script-tag bundle runs only after a press,
 * hover or focus.
 *
 * @example
 * (menu.current ?? (await menu.tryLoad()))?.open();
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
 * const menu = lazy(() => import('./share-menu.js'));
 * button.addEventListener('pointerenter', menu.preload);
 * button.addEventListener('click', async () => (await menu.load()).open());
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
