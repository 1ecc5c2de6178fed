import type { ElementChunks } from './types.js';

/**
 * A running loader.
 *
 * @example
 * const loader = startLoader({ chunks: ELEMENT_CHUNKS });
 * await loader.load('shoplet-cart');
 */
export interface Loader {
  /** Imports a tag's chunk now (resolves when its element is defined). */
  load(tag: string): Promise<unknown>;
  /** Looks for tags under a node the observers cannot see (a closed shadow root, say). */
  scan(root: ParentNode): void;
  /** Stops observing; chunks already requested still arrive. */
  stop(): void;
}

/**
 * Options of {@link startLoader}.
 *
 * @example
 * const options: LoaderOptions = { chunks: ELEMENT_CHUNKS, onFirstLoad: (first) => first.then(setUpClient) };
 */
export interface LoaderOptions {
  chunks: ElementChunks;
  /** Where to look; default `document`. */
  root?: Document | ShadowRoot;
  /** How far outside the viewport an element starts loading; default one viewport (`100%`). */
  rootMargin?: string;
  /** Called once, when the first element (not a provider) starts loading, with that import. */
  onFirstLoad?: (first: Promise<unknown>) => void;
}

/**
 * Finds `shoplet-*` tags (now, and as they are added, also inside open shadow roots) and imports
 * each tag's chunk as the first element of that tag comes within about a viewport of the screen.
 * Content below the fold costs nothing until the reader scrolls towards it.
 *
 * @example
 * startLoader({ chunks: ELEMENT_CHUNKS, onFirstLoad: () => void import('./client-vendure.js') });
 */
export function startLoader({ chunks, root = document, rootMargin = '100%', onFirstLoad }: LoaderOptions): Loader {
  const requested = new Map<string, Promise<unknown>>();
  const watched = new WeakSet<Node>();
  const waiting = new Set<string>();
  let providers: Promise<unknown> = Promise.resolve();
  let started = false;

  const load = (tag: string): Promise<unknown> => {
    const entry = chunks[tag];
    let pending = requested.get(tag);
    if (!entry || pending) return pending ?? Promise.resolve();
    // Providers (<shoplet-store>) are defined before the elements inside them ask for a client.
    pending = entry.when === 'present' ? entry.load() : providers.then(entry.load);
    if (entry.when === 'present') providers = Promise.all([providers, pending]).catch(() => {});
    pending.catch((err: unknown) => console.error(`[shoplet] could not load <${tag}>:`, err));
    requested.set(tag, pending);
    if (entry.when !== 'present' && !started) {
      started = true;
      onFirstLoad?.(pending);
      for (const other of waiting) load(other);
    }
    return pending;
  };

  const io = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        io.unobserve(entry.target);
        load(entry.target.localName);
      }
    },
    { rootMargin },
  );

  const consider = (el: Element) => {
    const tag = el.localName;
    // Tags inside shadow roots: open ones now, or once a custom element is defined and attaches one.
    if (el.shadowRoot) watch(el.shadowRoot);
    if (!tag.includes('-')) return;
    if (!el.shadowRoot && !customElements.get(tag))
      customElements.whenDefined(tag).then(() => el.shadowRoot && watch(el.shadowRoot));
    const entry = chunks[tag];
    if (!entry || requested.has(tag)) return;
    if (entry.when === 'present') load(tag);
    else if (entry.when === 'with-others') started ? load(tag) : waiting.add(tag);
    else io.observe(el);
  };

  const scan = (node: ParentNode) => {
    if (node instanceof Element) consider(node);
    for (const el of node.querySelectorAll('*')) consider(el);
  };

  const mo = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });

  function watch(node: Document | ShadowRoot) {
    if (watched.has(node)) return;
    watched.add(node);
    mo.observe(node, { childList: true, subtree: true });
    scan(node);
  }

  watch(root);
  return {
    load,
    scan,
    stop() {
      mo.disconnect();
      io.disconnect();
    },
  };
}
