import { define } from '../internal/define.js';
import { ShopletFeed } from './feed.component.js';

export { ShopletFeed };

define('shoplet-feed', ShopletFeed);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-feed': ShopletFeed;
  }
}
