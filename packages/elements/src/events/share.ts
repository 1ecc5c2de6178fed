import type { ShareTarget } from '@shoplet/core';

/**
 * How something was shared: a target from the menu (`whatsapp`, `discord`, `copy`…) or the
 * system share sheet (`web_share`, where the shopper's final choice is not known).
 *
 * @example
 * const method: ShareMethod = 'telegram';
 */
export type ShareMethod = ShareTarget | 'web_share';

/**
 * What `shoplet-share` carries.
 *
 * @example
 * document.addEventListener('shoplet-share', (e) => console.log(e.detail.method, e.detail.url));
 */
export interface ShopletShareDetail {
  method: ShareMethod;
  /** The shared link, referral code included. */
  url: string;
  title: string;
  /** Product handle, when a product was shared. */
  product?: string;
  /** Shoppable Post id, when a post was shared. */
  post?: string;
  /** The referral code the link carries. */
  ref?: string;
}

/**
 * Fired when the shopper shared (link opened, link copied, or the system share sheet completed).
 *
 * @example
 * el.addEventListener('shoplet-share', (e: ShopletShareEvent) => console.log(e.detail.method));
 */
export type ShopletShareEvent = CustomEvent<ShopletShareDetail>;

declare global {
  interface HTMLElementEventMap {
    'shoplet-share': ShopletShareEvent;
  }
  // Events bubble to the document, where analytics usually listen.
  interface DocumentEventMap {
    'shoplet-share': ShopletShareEvent;
  }
}
