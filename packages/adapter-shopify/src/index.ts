export { numericId, toGid } from './ids.js';
export { toMoney } from './map.js';
export { SHOPIFY_API_VERSION, type ShopifyOptions, type ThemeCartOptions } from './options.js';
export {
  CART_ATTRIBUTES_UPDATE,
  CART_BUYER_IDENTITY_UPDATE,
  CART_CREATE,
  CART_DISCOUNT_CODES_UPDATE,
  CART_DOCUMENTS,
  CART_FRAGMENT,
  CART_LINES_ADD,
  CART_LINES_REMOVE,
  CART_LINES_UPDATE,
  CART_QUERY,
  PRODUCT_FRAGMENT,
  productsQuery,
} from './queries.js';
export { type ShopifyAdapter, shopify } from './shopify.js';
export type { AjaxCart, AjaxCartItem } from './theme-cart-map.js';
export {
  THEME_CART_CHANGED_EVENT,
  THEME_CART_REFRESH_EVENT,
  THEME_CART_UPDATE_EVENT,
  type ThemeCartAction,
  type ThemeCartChangedDetail,
} from './theme-events.js';
