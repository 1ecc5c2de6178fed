import type { Cart } from '../types.js';

/**
 * What the cart is doing: `loading` while restoring, `busy` while a change is on its way,
 * `error` after the last change or restore failed (the previous cart is still shown).
 *
 * @example
 * shop.$cartStatus.subscribe((s) => button.toggleAttribute('aria-busy', s === 'busy'));
 */
export type CartStatus = 'idle' | 'loading' | 'busy' | 'error';

/**
 * The cart actions. Every change goes through one queue, is shown at once, and is rolled back
 * (with a `cart:error` event) when the backend refuses it.
 *
 * @example
 * await shop.cart.add('gid://shopify/ProductVariant/1', 2);
 */
export interface CartApi {
  /** Resolves once the saved cart has been restored (or found missing). */
  readonly ready: Promise<Cart | null>;
  add(variantId: string, quantity?: number): Promise<Cart>;
  update(lineId: string, quantity: number): Promise<Cart>;
  remove(lineId: string): Promise<Cart>;
  applyDiscount(code: string): Promise<Cart>;
  removeDiscount(code: string): Promise<Cart>;
  setAttributes(attributes: Record<string, string>): Promise<Cart>;
  /** Removes every line. */
  clear(): Promise<Cart | null>;
  /** Re-reads the cart from the backend (after a network error, or when another tab changed it). */
  refresh(): Promise<Cart | null>;
  /** Forgets the cart without touching the backend (after an order is placed). */
  reset(): void;
  /** The current cart id, creating a cart when there is none. */
  ensure(): Promise<Cart>;
}
