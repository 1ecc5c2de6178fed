import { define } from '../internal/define.js';
import { ShopletFeed, type ShopletFeedChangeDetail } from './feed.component.js';

export { ShopletFeed };

define('shoplet-feed', ShopletFeed);

/** Fired when another post of a feed is on screen. @example feed.addEventListener('shoplet-feed-change', (e: ShopletFeedChangeEvent) => {}); */
export type ShopletFeedChangeEvent = CustomEvent<ShopletFeedChangeDetail>;

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-feed': ShopletFeed;
  }
  interface HTMLElementEventMap {
    'shoplet-feed-change': ShopletFeedChangeEvent;
  }
}
