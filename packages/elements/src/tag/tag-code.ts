// What tags (and the image holding them) run only once the shopper reaches them, the hover card,
// activation and arrow-key navigation (lazy/tag-interaction.ts), loads when the pointer or focus
// first reaches an image or a tag: a page whose tags nobody touches carries only the hotspots.
import { lazy } from '@shoplet/core/internal';

/**
 * The tags' interaction code: `tagCode.current` once loaded; `tagCode.tryLoad()` loads it once
 * (`undefined` when it could not load, in which case the next call tries again).
 *
 * @example
 * (tagCode.current ?? (await tagCode.tryLoad()))?.activate(tag, button);
 */
export const tagCode = lazy(() => import('./lazy/tag-interaction.js'));
