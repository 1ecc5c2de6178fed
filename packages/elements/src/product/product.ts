import '../delivery/delivery.js';
import '../share/share.js';
import { define } from '../internal/define.js';
import { ShopletProduct } from './product.component.js';

export { ShopletProduct };

define('shoplet-product', ShopletProduct);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-product': ShopletProduct;
  }
}
