import { define } from '../internal/define.js';
import { ShopletShare } from './share.component.js';

export { ShopletShare };

define('shoplet-share', ShopletShare);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-share': ShopletShare;
  }
}
