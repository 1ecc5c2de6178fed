// Which module defines which tag. Each entry is a dynamic import, so the loader pays only for this
// table; how the modules are grouped into files is the build's decision (rollup.config.mjs).
import type { ElementChunks } from './types.js';

/**
 * The tags the script-tag bundle knows, each with the import that defines it.
 *
 * @example
 * await ELEMENT_CHUNKS['shoplet-product']!.load();
 */
export const ELEMENT_CHUNKS: ElementChunks = {
  'shoplet-store': { when: 'present', load: () => import('@shoplet/elements/store') },
  'shoplet-cart': { when: 'with-others', load: () => import('@shoplet/elements/cart') },
  'shoplet-cart-button': { when: 'visible', load: () => import('@shoplet/elements/cart-button') },
  'shoplet-product': { when: 'visible', load: () => import('@shoplet/elements/product') },
  'shoplet-image': { when: 'visible', load: () => import('@shoplet/elements/image') },
  'shoplet-tag': { when: 'visible', load: () => import('@shoplet/elements/tag') },
  'shoplet-post': { when: 'visible', load: () => import('@shoplet/elements/post') },
  'shoplet-video': { when: 'visible', load: () => import('@shoplet/elements/video') },
  'shoplet-feed': { when: 'visible', load: () => import('@shoplet/elements/feed') },
  'shoplet-sheet': { when: 'visible', load: () => import('@shoplet/elements/sheet') },
  'shoplet-checkout': { when: 'visible', load: () => import('@shoplet/elements/checkout') },
  'shoplet-delivery-promise': { when: 'visible', load: () => import('@shoplet/elements/delivery') },
  'shoplet-trust-strip': { when: 'visible', load: () => import('@shoplet/elements/trust') },
  'shoplet-share': { when: 'visible', load: () => import('@shoplet/elements/share') },
};
