import { ContextRoot } from '@lit/context';
import { define } from '../internal/define.js';
import { ShopletStore } from './store.component.js';

export { ShopletStore };

// Elements that upgrade before their store still find it once it does.
const root = globalThis as { __shopletContextRoot?: ContextRoot };
if (typeof document !== 'undefined' && !root.__shopletContextRoot) {
  root.__shopletContextRoot = new ContextRoot();
  root.__shopletContextRoot.attach(document.documentElement);
}
define('shoplet-store', ShopletStore);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-store': ShopletStore;
  }
}
