import '../tag/tag.js';
import { define } from '../internal/define.js';
import { ShopletImage } from './image.component.js';

export { ShopletImage };

define('shoplet-image', ShopletImage);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-image': ShopletImage;
  }
}
