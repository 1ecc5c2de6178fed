import { define } from '../internal/define.js';
import { ShopletTrustStrip } from './trust.component.js';

export { ShopletTrustStrip };

define('shoplet-trust-strip', ShopletTrustStrip);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-trust-strip': ShopletTrustStrip;
  }
}
