import type { Shoplet } from '@shoplet/core';
import { atom } from 'nanostores';

/**
 * The page-wide client that elements outside any `<shoplet-store>` use. A store, so elements
 * that rendered before it was set update when it is.
 *
 * @example
 * $defaultClient.subscribe((shop) => console.log(shop?.adapter.name));
 */
export const $defaultClient = atom<Shoplet | undefined>(undefined);

/**
 * Sets the client for every element outside a `<shoplet-store>`.
 *
 * @example
 * setDefaultClient(createShoplet({ adapter: vendure({ shopApi: '/shop-api' }) }));
 */
export function setDefaultClient(shop: Shoplet | undefined): void {
  $defaultClient.set(shop);
}

/**
 * The page-wide client, if one was set.
 *
 * @example
 * const shop = getDefaultClient();
 * await shop?.cart.add(variantId);
 */
export function getDefaultClient(): Shoplet | undefined {
  return $defaultClient.get();
}
