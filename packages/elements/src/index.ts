// The public API of @shoplet/elements: the element classes, their event and string types, and
// what a page configures. Helpers shared with Shoplet's own packages are in ./internal (unstable).

// Elements
export { ShopletCart } from './cart/cart.component.js';
export { ShopletCartButton } from './cart-button/cart-button.component.js';
export { ShopletCheckout } from './checkout/checkout.component.js';
export type { CheckoutStep } from './checkout/checkout-state.js';
export { ShopletDeliveryPromise } from './delivery/delivery.component.js';
// Events
export type {
  ShareMethod,
  ShopletAddToCartDetail,
  ShopletAddToCartEvent,
  ShopletCartOpenDetail,
  ShopletCartOpenEvent,
  ShopletCheckoutDetail,
  ShopletCheckoutEvent,
  ShopletErrorDetail,
  ShopletErrorEvent,
  ShopletEventMap,
  ShopletFeedChangeDetail,
  ShopletFeedChangeEvent,
  ShopletShareDetail,
  ShopletShareEvent,
  ShopletTagActivateDetail,
  ShopletTagActivateEvent,
  ShopletTagChangeEvent,
} from './events/index.js';
export { ShopletFeed } from './feed/feed.component.js';
// Strings
export { setStrings } from './i18n/strings.js';
export type {
  DeliveryStrings,
  PluralCategory,
  PluralString,
  ShopletStrings,
  StringKey,
  StringOverrides,
} from './i18n/types.js';
export { ShopletImage } from './image/image.component.js';
// Set-up
export { getDefaultClient, setDefaultClient } from './internal/default-client.js';
export { define } from './internal/define.js';
export { ShopletPost } from './post/post.component.js';
export { type ProductLayout, ShopletProduct } from './product/product.component.js';
export { type SharePlatform, ShopletShare } from './share/share.component.js';
export { openSheet } from './sheet/open-sheet.js';
export { ShopletSheet } from './sheet/sheet.component.js';
export { ShopletStore } from './store/store.component.js';
export { ShopletTag } from './tag/tag.component.js';
export { ShopletTrustStrip } from './trust/trust.component.js';
export { renderVideoPost, type VideoPostOptions } from './video/render-video-post.js';
export { ShopletVideo } from './video/video.component.js';
