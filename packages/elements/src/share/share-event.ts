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

/** Fired when the shopper shared (link opened, link copied, or the system share sheet completed). @example el.addEventListener('shoplet-share', (e: ShopletShareEvent) => {}); */
export type ShopletShareEvent = CustomEvent<ShopletShareDetail>;

declare module '../internal/events.js' {
  interface ShopletEventMap {
    'shoplet-share': ShopletShareDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'shoplet-share': ShopletShareEvent;
  }
  interface DocumentEventMap {
    'shoplet-share': ShopletShareEvent;
  }
}
