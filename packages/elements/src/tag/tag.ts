import { define } from '../internal/define.js';
import { ShopletTag } from './tag.component.js';

export { ShopletTag };

define('shoplet-tag', ShopletTag);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-tag': ShopletTag;
  }
}
