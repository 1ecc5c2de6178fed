import type { Money } from '@shoplet/core';

/**
 * What `shoplet-add-to-cart` carries: enough for an analytics `add_to_cart` event.
 *
 * @example
 * document.addEventListener('shoplet-add-to-cart', (e) => gtag('event', 'add_to_cart', { value: e.detail.value }));
 */
export interface ShopletAddToCartDetail {
  productId: string;
  productHandle: string;
  productTitle: string;
  variantId: string;
  variantTitle: string;
  sku: string | null;
  quantity: number;
  /** Unit price. */
  price: Money;
  /** ISO 4217 currency of `price`. */
  currency: string;
  /** Unit price × quantity in major units (12.99), the shape analytics tools expect. */
  value: number;
}

/**
 * Fired after a line was added to the cart.
 *
 * @example
 * el.addEventListener('shoplet-add-to-cart', (e: ShopletAddToCartEvent) => console.log(e.detail.sku));
 */
export type ShopletAddToCartEvent = CustomEvent<ShopletAddToCartDetail>;

declare global {
  interface HTMLElementEventMap {
    'shoplet-add-to-cart': ShopletAddToCartEvent;
  }
  // Events bubble to the document, where analytics usually listen.
  interface DocumentEventMap {
    'shoplet-add-to-cart': ShopletAddToCartEvent;
  }
}
