/**
 * What `shoplet-feed-change` carries: which post of the feed is on screen now.
 *
 * @example
 * feed.addEventListener('shoplet-feed-change', (e) => console.log(e.detail.index, e.detail.postId));
 */
export interface ShopletFeedChangeDetail {
  index: number;
  postId: string;
  count: number;
}

/**
 * Fired when another post of a feed is on screen.
 *
 * @example
 * feed.addEventListener('shoplet-feed-change', (e: ShopletFeedChangeEvent) => console.log(e.detail.postId));
 */
export type ShopletFeedChangeEvent = CustomEvent<ShopletFeedChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'shoplet-feed-change': ShopletFeedChangeEvent;
  }
  // Events bubble to the document, where analytics usually listen.
  interface DocumentEventMap {
    'shoplet-feed-change': ShopletFeedChangeEvent;
  }
}
