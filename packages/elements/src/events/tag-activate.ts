import type { Money } from '@shoplet/core';

/**
 * What `shoplet-tag-activate` carries. Cancel the event to stop the detail sheet from opening.
 *
 * @example
 * image.addEventListener('shoplet-tag-activate', (e) => { e.preventDefault(); location.href = `/p/${e.detail.productHandle}`; });
 */
export interface ShopletTagActivateDetail {
  productHandle: string;
  productId: string | null;
  productTitle: string | null;
  price: Money | null;
  currency: string | null;
  /** Normalized position of the hotspot. */
  x: number;
  y: number;
  /** Position of the tag among its siblings. */
  index: number;
}

/**
 * Fired when a product tag is activated; cancelable.
 *
 * @example
 * el.addEventListener('shoplet-tag-activate', (e: ShopletTagActivateEvent) => console.log(e.detail.productHandle));
 */
export type ShopletTagActivateEvent = CustomEvent<ShopletTagActivateDetail>;

declare global {
  interface HTMLElementEventMap {
    'shoplet-tag-activate': ShopletTagActivateEvent;
  }
  // Events bubble to the document, where analytics usually listen.
  interface DocumentEventMap {
    'shoplet-tag-activate': ShopletTagActivateEvent;
  }
}
