import { atom, onMount } from 'nanostores';

/**
 * `true` while any `<shoplet-sheet>` on the page is open. Watches the sheet's reflected `open`
 * attribute with one MutationObserver, and only while something listens.
 *
 * @example
 * $sheetOpen.subscribe((open) => (open ? video.pause() : video.play()));
 */
export const $sheetOpen = atom(false);

onMount($sheetOpen, () => {
  if (typeof document === 'undefined') return;
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
