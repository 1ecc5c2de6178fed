import type { Money } from '@shoplet/core';

/**
 * What `shoplet-cart-open` carries.
 *
 * @example
 * document.addEventListener('shoplet-cart-open', (e) => console.log(e.detail.itemCount));
 */
export interface ShopletCartOpenDetail {
  itemCount: number;
  /** Subtotal when the cart exists. */
  subtotal: Money | null;
}

/**
 * Fired when the cart opens.
 *
 * @example
 * el.addEventListener('shoplet-cart-open', (e: ShopletCartOpenEvent) => console.log(e.detail.itemCount));
 */
export type ShopletCartOpenEvent = CustomEvent<ShopletCartOpenDetail>;

declare global {
  interface HTMLElementEventMap {
    'shoplet-cart-open': ShopletCartOpenEvent;
  }
  // Events bubble to the document, where analytics usually listen.
  interface DocumentEventMap {
    'shoplet-cart-open': ShopletCartOpenEvent;
  }
}
