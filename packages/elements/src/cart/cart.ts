import { define } from '../internal/define.js';
import { ShopletCart } from './cart.component.js';

export { ShopletCart };

define('shoplet-cart', ShopletCart);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-cart': ShopletCart;
  }
}
