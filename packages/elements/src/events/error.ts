/**
 * What `shoplet-error` carries. `code` is a stable `ShopletErrorCode`-like string.
 *
 * @example
 * document.addEventListener('shoplet-error', (e) => report(e.detail.code, e.detail.message));
 */
export interface ShopletErrorDetail {
  code: string;
  message: string;
  /** The attribute, option or document field at fault (`product`, `tags[2].x`). */
  field?: string;
  /** Product handle or id when the error is about one. */
  product?: string;
}

/**
 * Fired when something failed that the shopper or the developer should know about.
 *
 * @example
 * el.addEventListener('shoplet-error', (e: ShopletErrorEvent) => console.warn(e.detail.message));
 */
export type ShopletErrorEvent = CustomEvent<ShopletErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'shoplet-error': ShopletErrorEvent;
  }
  // Events bubble to the document, where analytics usually listen.
  interface DocumentEventMap {
    'shoplet-error': ShopletErrorEvent;
  }
}
