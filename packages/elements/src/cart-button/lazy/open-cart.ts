// What the cart button runs when pressed, loaded on the first press or when the pointer or focus
// reaches the button: a page whose cart button nobody presses does not need it.
import { ensureCart } from '../../cart/cart-registry.js';
import { emit } from '../../events/emit.js';
import type { ShopletCartButton } from '../cart-button.component.js';

/**
 * Opens the cart drawer of the button's client (creating a `<shoplet-cart>` when the page has
 * none) and emits `shoplet-cart-open` with the item count and subtotal.
 *
 * @example
 * openCart(button);
 */
export function openCart(button: ShopletCartButton): void {
  const shop = button.shop;
  if (!shop) return;
  shop.$cartOpen.set(true);
  const cart = shop.$cart.get();
  emit(button, 'shoplet-cart-open', { itemCount: cart?.totalQuantity ?? 0, subtotal: cart?.subtotal ?? null });
  void ensureCart(shop);
}
