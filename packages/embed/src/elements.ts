// Which chunk defines which tag. Each entry is a dynamic import, so the build turns every element
// into its own lazily loaded chunk and the loader pays only for this table.
//
// The embed bundles the elements from their sources (one folder per element, each `<name>.ts`
// defines its tag), which is why these paths reach into `../../elements/src`.
import type { ElementChunks } from './types.js';

/**
 * The tags the script-tag bundle knows, each with the import that defines it.
 *
 * @example
 * await ELEMENT_CHUNKS['shoplet-product']!.load();
 */
export const ELEMENT_CHUNKS: ElementChunks = {
  'shoplet-store': { when: 'present', load: () => import('../../elements/src/store/store.js') },
  'shoplet-cart': { when: 'with-others', load: () => import('../../elements/src/cart/cart.js') },
  'shoplet-cart-button': { when: 'visible', load: () => import('../../elements/src/cart-button/cart-button.js') },
  'shoplet-product': { when: 'visible', load: () => import('../../elements/src/product/product.js') },
  'shoplet-image': { when: 'visible', load: () => import('../../elements/src/image/image.js') },
  'shoplet-tag': { when: 'visible', load: () => import('../../elements/src/tag/tag.js') },
  'shoplet-post': { when: 'visible', load: () => import('../../elements/src/post/post.js') },
  'shoplet-video': { when: 'visible', load: () => import('../../elements/src/video/video.js') },
  'shoplet-feed': { when: 'visible', load: () => import('../../elements/src/feed/feed.js') },
  'shoplet-sheet': { when: 'visible', load: () => import('../../elements/src/sheet/sheet.js') },
  'shoplet-checkout': { when: 'visible', load: () => import('../../elements/src/checkout/checkout.js') },
  'shoplet-delivery-promise': { when: 'visible', load: () => import('../../elements/src/delivery/delivery.js') },
  'shoplet-trust-strip': { when: 'visible', load: () => import('../../elements/src/trust/trust.js') },
  'shoplet-share': { when: 'visible', load: () => import('../../elements/src/share/share.js') },
};
