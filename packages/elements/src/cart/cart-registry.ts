import type { Shoplet } from '@shoplet/core';
import { lazy } from '@shoplet/core/internal';

const carts = new WeakMap<Shoplet, Set<Element>>();
// The drawer's code: script-tag pages with only a cart button load it on the first press.
const cartCode = lazy(() => import('./cart.js'));

/**
 * Records that a `<shoplet-cart>` on the page serves `shop`, so `<shoplet-cart-button>` knows
 * whether it must create one. Returns the function that removes the record.
 *
 * @example
 * const unregister = registerCart(shop, this);
 */
export function registerCart(shop: Shoplet, el: Element): () => void {
  const set = carts.get(shop) ?? new Set<Element>();
  carts.set(shop, set);
  set.add(el);
  return () => set.delete(el);
}

/**
 * Whether a connected `<shoplet-cart>` serves `shop`.
 *
 * @example
 * if (!hasCart(shop)) document.body.append(Object.assign(document.createElement('shoplet-cart'), { client: shop }));
 */
export function hasCart(shop: Shoplet): boolean {
  return [...(carts.get(shop) ?? [])].some((el) => el.isConnected);
}

/**
 * Makes sure a `<shoplet-cart>` exists for `shop`: when the page has none, one is created (its code
 * loaded on demand) and appended to `<body>`. Script-tag pages then need only the button.
 *
 * @example
 * shop.$cartOpen.set(true);
 * await ensureCart(shop);
 */
export async function ensureCart(shop: Shoplet): Promise<void> {
  if (hasCart(shop)) return;
  await cartCode.load();
  if (hasCart(shop)) return;
  const cart = document.createElement('shoplet-cart');
  cart.client = shop;
  document.body.append(cart);
}
