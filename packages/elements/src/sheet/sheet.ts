import '../delivery/delivery.js';
import '../share/share.js';
import '../trust/trust.js';
import { define } from '../internal/define.js';
import { ShopletSheet } from './sheet.component.js';

export { ShopletSheet };

define('shoplet-sheet', ShopletSheet);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-sheet': ShopletSheet;
  }
}
