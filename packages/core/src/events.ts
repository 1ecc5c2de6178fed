import type { ShopletError } from './errors.js';
import type { Cart, CartLine, CheckoutHandoff, Order, Product } from './types.js';

/**
 * Every event a client emits, with its payload. Analytics and the DOM layer listen to these.
 *
 * @example
 * shop.on('cart:add', ({ variantId, quantity, cart }) => console.log(variantId, quantity, cart.totalQuantity));
 */
export interface ShopletEvents {
  'cart:add': { cart: Cart; variantId: string; quantity: number; line: CartLine | undefined };
  'cart:update': { cart: Cart; lineId: string; quantity: number; previousQuantity: number; line: CartLine | undefined };
  'cart:remove': { cart: Cart; line: CartLine };
  /** The cart changed for any reason (this tab, another tab, the theme, a restore). */
  'cart:change': { cart: Cart | null };
  /** A cart change was refused or failed; the shown cart was rolled back. */
  'cart:error': {
    action: 'add' | 'update' | 'remove' | 'discount' | 'attributes' | 'restore';
    error: ShopletError;
    input: unknown;
  };
  'cart:view': { cart: Cart | null };
  'checkout:start': { cart: Cart; handoff: CheckoutHandoff };
  'checkout:complete': { order: Order };
  /** A product's details were shown (sheet or card). */
  'product:view': { product: Product; source?: string };
  /** A hotspot or rail item was chosen. */
  'product:select': { product: Product; source?: string; postId?: string };
  share: { method: string; url: string; product?: Product; postId?: string };
  'video:progress': { postId?: string; percent: number; currentTime: number; duration: number };
}
