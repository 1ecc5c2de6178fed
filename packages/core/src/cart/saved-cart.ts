import type { StorageLike } from '../adapter.js';
import { readJson, writeJson } from '../storage.js';
import type { Cart } from '../types.js';

/** What is kept in storage: enough to show the cart offline and to rebuild it if the backend forgets it. */
export interface SavedCart {
  id: string;
  cart: Cart;
  savedAt: number;
  /** The shopper went to the backend's checkout with this cart: if it is gone, it was bought. */
  handedOff?: boolean;
}

/** The storage key, below the client's namespace (`shoplet:cart`). */
export const SAVED_CART_KEY = 'cart';

/** The saved cart, or null when there is none or the entry is not a cart (an older or foreign one, then dropped). */
export function readSavedCart(storage: StorageLike): SavedCart | null {
  const saved = readJson<SavedCart>(storage, SAVED_CART_KEY);
  if (saved && (typeof saved.cart?.id !== 'string' || !Array.isArray(saved.cart.lines))) {
    storage.removeItem(SAVED_CART_KEY);
    return null;
  }
  return saved;
}

/** Saves the confirmed cart, or removes the entry when there is none. */
export function writeSavedCart(storage: StorageLike, cart: Cart | null, savedAt: number, handedOff: boolean): void {
  if (!cart) {
    storage.removeItem(SAVED_CART_KEY);
    return;
  }
  writeJson(storage, SAVED_CART_KEY, { id: cart.id, cart, savedAt, handedOff } satisfies SavedCart);
}
