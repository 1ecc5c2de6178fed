// What tags (and the image holding them) run only once the shopper reaches them, the hover card,
// activation and arrow-key navigation (lazy/tag-interaction.ts), loads when the pointer or focus
// first reaches an image or a tag: a page whose tags nobody touches carries only the hotspots.
type TagCode = typeof import('./lazy/tag-interaction.js');

/**
 * The tags' interaction code once loaded, else `undefined`.
 *
 * @example
 * tagCode?.keepCardInside(tag);
 */
export let tagCode: TagCode | undefined;
let loading: Promise<TagCode | undefined> | undefined;

/**
 * Loads the tags' interaction code (once); resolves to it, or to `undefined` when it could not
 * load, in which case the next call tries again.
 *
 * @example
 * (tagCode ?? (await loadTagCode()))?.activate(tag, button);
 */
export const loadTagCode = (): Promise<TagCode | undefined> =>
  (loading ??= import('./lazy/tag-interaction.js').then(
    (m) => (tagCode = m),
    () => (loading = undefined),
  ));
