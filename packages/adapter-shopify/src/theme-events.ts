import type { Cart } from '@shoplet/core';
import type { AjaxCart } from './theme-cart-map.js';

/**
 * Dispatched on `document` after Shoplet changed the theme cart, or noticed that it changed elsewhere.
 * Themes listen to it to refresh their own drawer and cart count. `detail.themeCart` is the AJAX Cart
 * API's cart (`/cart.js` shape); `detail.cart` is Shoplet's normalized cart.
 *
 * @example
 * document.addEventListener(THEME_CART_CHANGED_EVENT, (e) => updateCartCount(e.detail.themeCart.item_count));
 */
export const THEME_CART_CHANGED_EVENT = 'shoplet:theme-cart-changed';

/**
 * Dispatch it on `document` to make Shoplet re-read the theme cart now (for example after the theme's
 * own add-to-cart form changed it).
 *
 * @example
 * document.dispatchEvent(new Event(THEME_CART_REFRESH_EVENT));
 */
export const THEME_CART_REFRESH_EVENT = 'shoplet:theme-cart-refresh';

/**
 * The theme-convention event Shopify's Horizon theme (and themes built on it) listen to on `document`
 * to re-render the cart drawer and cart bubble. Shoplet dispatches it after its own changes (with
 * `detail.data.source === 'shoplet'`) and re-reads the cart when the theme dispatches it.
 *
 * @example
 * document.addEventListener(THEME_CART_UPDATE_EVENT, (e) => console.log(e.detail.data.itemCount));
 */
export const THEME_CART_UPDATE_EVENT = 'cart:update';

/**
 * What changed the cart: one of Shoplet's operations, or `external` when the theme (or another tab)
 * changed it and Shoplet noticed on re-reading.
 *
 * @example
 * if (e.detail.action === 'external') return; // the theme already knows
 */
export type ThemeCartAction = 'create' | 'add' | 'update' | 'remove' | 'discount' | 'attributes' | 'external';

/**
 * `detail` of {@link THEME_CART_CHANGED_EVENT}.
 *
 * @example
 * const onChange = (e: CustomEvent<ThemeCartChangedDetail>) => render(e.detail.cart);
 */
export interface ThemeCartChangedDetail {
  cart: Cart;
  themeCart: AjaxCart;
  action: ThemeCartAction;
}

declare global {
  interface DocumentEventMap {
    'shoplet:theme-cart-changed': CustomEvent<ThemeCartChangedDetail>;
  }
}

/**
 * Dispatches Shoplet's theme-cart event, and (unless `themeEvents` is false) the theme-convention
 * `cart:update` event, on `target`.
 *
 * @example
 * announceThemeCart(document, { cart, themeCart, action: 'add' }, true);
 */
export function announceThemeCart(target: EventTarget, detail: ThemeCartChangedDetail, themeEvents: boolean): void {
  target.dispatchEvent(new CustomEvent(THEME_CART_CHANGED_EVENT, { bubbles: true, detail }));
  if (themeEvents && detail.action !== 'external') {
    target.dispatchEvent(
      new CustomEvent(THEME_CART_UPDATE_EVENT, {
        bubbles: true,
        detail: {
          resource: detail.themeCart,
          sourceId: 'shoplet',
          data: { source: 'shoplet', itemCount: detail.themeCart.item_count },
        },
      }),
    );
  }
}
