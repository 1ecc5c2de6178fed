import { define } from '../internal/define.js';
import { ShopletCheckout } from './checkout.component.js';

export { ShopletCheckout };

define('shoplet-checkout', ShopletCheckout);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-checkout': ShopletCheckout;
  }
}
