export { ShopletCart } from './cart/cart.component.js';
export { type CartStrings, cartStrings, pluralKey } from './cart/cart.strings.js';
export { ensureCart, hasCart } from './cart/cart-registry.js';
export { ShopletCartButton } from './cart-button/cart-button.component.js';
export { ShopletCheckout } from './checkout/checkout.component.js';
export { type CheckoutStrings, checkoutStrings } from './checkout/checkout.strings.js';
export type { CheckoutStep } from './checkout/checkout-state.js';
export { ShopletDeliveryPromise } from './delivery/delivery.component.js';
export { clientDeliveryPolicy } from './delivery/policy-source.js';
export { ShopletFeed, type ShopletFeedChangeDetail } from './feed/feed.component.js';
export type { ShopletFeedChangeEvent } from './feed/feed.js';
export { type FeedContent, loadFeed, readFeed } from './feed/read-feed.js';
export { ShopletImage } from './image/image.component.js';
export { closestStore, isStore, type StoreContext } from './internal/context.js';
export { $defaultClient, getDefaultClient, setDefaultClient } from './internal/default-client.js';
export { define } from './internal/define.js';
export {
  emit,
  type ShopletAddToCartDetail,
  type ShopletAddToCartEvent,
  type ShopletCartOpenDetail,
  type ShopletCartOpenEvent,
  type ShopletCheckoutDetail,
  type ShopletCheckoutEvent,
  type ShopletErrorDetail,
  type ShopletErrorEvent,
  type ShopletEventMap,
  type ShopletTagActivateDetail,
  type ShopletTagActivateEvent,
} from './internal/events.js';
export { loadStrings, type ShopletStrings, type StringOverrides, setStrings, translate } from './internal/i18n.js';
export { type Interval, IntervalIndex } from './internal/interval-index.js';
export { toMajorUnits } from './internal/major-units.js';
export { ProductController, toProductRef } from './internal/product-controller.js';
export { PurchaseController, type PurchaseStatus } from './internal/purchase.js';
export { sanitizeHtml } from './internal/sanitize.js';
export { ShopletElement } from './internal/shoplet-element.js';
export { StoreController } from './internal/store-controller.js';
export { theme } from './internal/theme.js';
export { findVariant, initialSelection, type Selection, type ValueState, valueState } from './internal/variants.js';
export { ShopletPost } from './post/post.component.js';
export { PostChecker, type PostValidation, validatePost } from './post/validate-post.js';
export { type ProductLayout, ShopletProduct } from './product/product.component.js';
export { type SharePlatform, ShopletShare } from './share/share.component.js';
export type { ShareMethod, ShopletShareDetail, ShopletShareEvent } from './share/share-event.js';
export { openSheet } from './sheet/open-sheet.js';
export { ShopletSheet } from './sheet/sheet.component.js';
export { ShopletStore } from './store/store.component.js';
export { ShopletTag } from './tag/tag.component.js';
export { ShopletTrustStrip } from './trust/trust.component.js';
export { type AttachedSource, attachSource, isHls } from './video/media-source.js';
export { renderVideoPost, type VideoPostOptions } from './video/render-video-post.js';
export { type Keyframe, parseTrack, positionAt } from './video/track.js';
export { ShopletVideo } from './video/video.component.js';
export { formatTime, videoStrings } from './video/video.strings.js';
