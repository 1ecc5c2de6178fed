import { define } from '../internal/define.js';
import { ShopletDeliveryPromise } from './delivery.component.js';

export { ShopletDeliveryPromise };

define('shoplet-delivery-promise', ShopletDeliveryPromise);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-delivery-promise': ShopletDeliveryPromise;
  }
}
