import type { Cart, CartStatus, ProductRef, ProductState, Shoplet } from '@shoplet/core';
import { $defaultClient } from '@shoplet/elements/internal';
import { createContext, createElement, type ReactNode, useContext, useMemo, useSyncExternalStore } from 'react';

const ShopletContext = createContext<Shoplet | undefined>(undefined);

/** The part of a nanostores store the hooks read. */
interface Readable<Value> {
  get(): Value;
  listen(listener: (value: Value) => void): () => void;
}

const noStore: Readable<undefined> = { listen: () => () => {}, get: () => undefined };

/** The value of a nanostores store, re-rendering when it changes (the server renders the current value). */
function useStoreValue<Value>(store: Readable<Value> | undefined): Value | undefined {
  const source: Readable<Value | undefined> = store ?? noStore;
  return useSyncExternalStore(source.listen.bind(source), source.get.bind(source), source.get.bind(source));
}

/**
 * Gives its subtree a client, as `<shoplet-store>` does for the elements inside it.
 *
 * @example
 * <ShopletProvider client={shop}><App /></ShopletProvider>
 */
export function ShopletProvider({ client, children }: { client: Shoplet; children?: ReactNode }) {
  return createElement(ShopletContext.Provider, { value: client }, children);
}

/**
 * The client of the nearest `<ShopletProvider>`, else the page's default client, else `undefined`.
 *
 * @example
 * const shop = useShoplet();
 * await shop?.cart.add(variantId);
 */
export function useShoplet(): Shoplet | undefined {
  const provided = useContext(ShopletContext);
  const pageDefault = useStoreValue(provided ? undefined : $defaultClient);
  return provided ?? pageDefault;
}

/**
 * The cart (`null` before the first line), updating as it changes.
 *
 * @example
 * const cart = useCart();
 * return <span>{cart?.totalQuantity ?? 0}</span>;
 */
export function useCart(): Cart | null {
  return useStoreValue(useShoplet()?.$cart) ?? null;
}

/**
 * What the cart is doing (`idle`, `loading`, `updating`…), for a spinner or a disabled button.
 *
 * @example
 * const busy = useCartStatus() !== 'idle';
 */
export function useCartStatus(): CartStatus | undefined {
  return useStoreValue(useShoplet()?.$cartStatus);
}

/**
 * A product's loading state; the first use of a ref starts its load (batched with the others).
 *
 * @example
 * const state = useProduct('linen-shirt');
 * if (state?.status === 'ready') return <h2>{state.product.title}</h2>;
 */
export function useProduct(ref: ProductRef): ProductState | undefined {
  const shop = useShoplet();
  const key = typeof ref === 'string' ? ref : ref.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ref is keyed by its handle or id.
  const store = useMemo(() => shop?.products.store(ref), [shop, key]);
  return useStoreValue(store);
}
