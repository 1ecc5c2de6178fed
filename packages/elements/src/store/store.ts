import { define } from '../internal/define.js';
import { ShopletStore } from './store.component.js';

export { ShopletStore };

define('shoplet-store', ShopletStore);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-store': ShopletStore;
  }
}
