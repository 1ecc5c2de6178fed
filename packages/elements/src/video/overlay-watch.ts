import { atom, onMount } from 'nanostores';

/**
 * `true` while any `<shoplet-sheet>` on the page is open. While something listens, one
 * MutationObserver watches the sheets' reflected `open` attribute.
 *
 * @example
 * $sheetOpen.subscribe((open) => (open ? video.pause() : video.play()));
 */
export const $sheetOpen = atom(false);

onMount($sheetOpen, () => {
  const check = () => $sheetOpen.set(!!document.querySelector('shoplet-sheet[open]'));
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['open'],
  });
  check();
  return () => observer.disconnect();
});
