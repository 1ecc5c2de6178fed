/**
 * Fired by `<shoplet-tag>` when the product it shows changed (loaded, or another handle), so the
 * image or video holding it can refresh its list of products. It carries no detail.
 *
 * @example
 * image.addEventListener('shoplet-tag-change', (e: ShopletTagChangeEvent) => image.requestUpdate());
 */
export type ShopletTagChangeEvent = CustomEvent<null>;

declare global {
  interface HTMLElementEventMap {
    'shoplet-tag-change': ShopletTagChangeEvent;
  }
  // Events bubble to the document, where analytics usually listen.
  interface DocumentEventMap {
    'shoplet-tag-change': ShopletTagChangeEvent;
  }
}
