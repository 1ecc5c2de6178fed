import type { ReadableAtom } from 'nanostores';

type Listener = (open: boolean) => void;
const listeners = new Set<Listener>();
let value = false;
let observer: MutationObserver | undefined;

const check = (): void => {
  const open = !!document.querySelector('shoplet-sheet[open]');
  if (open === value) return;
  value = open;
  for (const listener of [...listeners]) listener(open);
};

/**
 * `true` while any `<shoplet-sheet>` on the page is open. Watches the sheet's reflected `open`
 * attribute with one MutationObserver, and only while something listens (a readable store with
 * `get` and `subscribe`, like a nanostores atom, without pulling in nanostores' lifecycle code).
 *
 * @example
 * $sheetOpen.subscribe((open) => (open ? video.pause() : video.play()));
 */
export const $sheetOpen: Pick<ReadableAtom<boolean>, 'get' | 'subscribe'> = {
  get() {
    if (!observer && typeof document !== 'undefined') check();
    return value;
  },
  subscribe(listener: Listener) {
    if (!observer && typeof document !== 'undefined') {
      observer = new MutationObserver(check);
      observer.observe(document.documentElement, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['open'],
      });
      check();
    }
    listeners.add(listener);
    listener(value);
    return () => {
      listeners.delete(listener);
      if (!listeners.size) {
        observer?.disconnect();
        observer = undefined;
      }
    };
  },
} as Pick<ReadableAtom<boolean>, 'get' | 'subscribe'>;
