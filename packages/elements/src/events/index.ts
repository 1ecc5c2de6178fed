// The Shoplet DOM events: one file per event (its detail, its type, its place in
// `HTMLElementEventMap`), all sent through `emit()`.
export type { ShopletAddToCartDetail, ShopletAddToCartEvent } from './add-to-cart.js';
export type { ShopletCartOpenDetail, ShopletCartOpenEvent } from './cart-open.js';
export type { ShopletCheckoutDetail, ShopletCheckoutEvent } from './checkout.js';
export { emit, type ShopletEventMap } from './emit.js';
export type { ShopletErrorDetail, ShopletErrorEvent } from './error.js';
export type { ShopletFeedChangeDetail, ShopletFeedChangeEvent } from './feed-change.js';
export type { ShareMethod, ShopletShareDetail, ShopletShareEvent } from './share.js';
export type { ShopletTagActivateDetail, ShopletTagActivateEvent } from './tag-activate.js';
export type { ShopletTagChangeEvent } from './tag-change.js';
