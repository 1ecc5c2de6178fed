import { define } from '../internal/define.js';
import { ShopletCartButton } from './cart-button.component.js';

export { ShopletCartButton };

define('shoplet-cart-button', ShopletCartButton);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-cart-button': ShopletCartButton;
  }
}
