import type { Money } from '@shoplet/core';

/**
 * What `shoplet-checkout` carries: enough for an analytics `begin_checkout` event.
 *
 * @example
 * document.addEventListener('shoplet-checkout', (e) => console.log(e.detail.provider, e.detail.value));
 */
export interface ShopletCheckoutDetail {
  cartId: string;
  kind: 'redirect' | 'inline';
  provider: string;
  itemCount: number;
  total: Money;
  currency: string;
  value: number;
}

/**
 * Fired when checkout starts.
 *
 * @example
 * el.addEventListener('shoplet-checkout', (e: ShopletCheckoutEvent) => console.log(e.detail.kind));
 */
export type ShopletCheckoutEvent = CustomEvent<ShopletCheckoutDetail>;

declare global {
  interface HTMLElementEventMap {
    'shoplet-checkout': ShopletCheckoutEvent;
  }
  // Events bubble to the document, where analytics usually listen.
  interface DocumentEventMap {
    'shoplet-checkout': ShopletCheckoutEvent;
  }
}
