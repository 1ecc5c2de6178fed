import type { Cart, CartStatus, ProductRef, ProductState, Shoplet } from '@shoplet/core';
import { getDefaultClient } from '@shoplet/elements';
import {
  getCurrentScope,
  type InjectionKey,
  inject,
  type MaybeRefOrGetter,
  onScopeDispose,
  type ShallowRef,
  shallowRef,
  toValue,
  watch,
} from 'vue';

/** Where {@link ShopletPlugin} (or an `app.provide` of your own) puts the client. */
export const shopletKey: InjectionKey<Shoplet> = Symbol('shoplet');

/** The part of a nanostores store the composables read. */
interface Subscribable<Value> {
  subscribe(listener: (value: Value) => void): () => void;
}

/** Copies a store's value into `target` until the returned function is called. */
function follow<Value>(store: Subscribable<Value>, target: ShallowRef<Value | undefined>): () => void {
  return store.subscribe((value) => {
    target.value = value;
  });
}

/** Runs `stop` when the calling component (or effect scope) ends. */
function untilScopeEnds(stop: () => void): void {
  if (getCurrentScope()) onScopeDispose(stop);
}

/**
 * The provided client, else the page's default client, else `undefined`.
 *
 * @example
 * const shop = useShoplet();
 */
export function useShoplet(): Shoplet | undefined {
  return inject(shopletKey, undefined, false) ?? getDefaultClient();
}

/**
 * The cart as a ref (`null` before the first line).
 *
 * @example
 * const cart = useCart();
 * const count = computed(() => cart.value?.totalQuantity ?? 0);
 */
export function useCart(): Readonly<ShallowRef<Cart | null | undefined>> {
  const cart = shallowRef<Cart | null | undefined>(null);
  const shop = useShoplet();
  if (shop) untilScopeEnds(follow(shop.$cart, cart));
  return cart;
}

/**
 * What the cart is doing (`idle`, `loading`, `updating`…) as a ref.
 *
 * @example
 * const busy = computed(() => useCartStatus().value !== 'idle');
 */
export function useCartStatus(): Readonly<ShallowRef<CartStatus | undefined>> {
  const status = shallowRef<CartStatus | undefined>();
  const shop = useShoplet();
  if (shop) untilScopeEnds(follow(shop.$cartStatus, status));
  return status;
}

/**
 * A product's loading state as a ref, following the ref (or getter) it is given.
 *
 * @example
 * const state = useProduct(() => props.handle);
 */
export function useProduct(product: MaybeRefOrGetter<ProductRef>): Readonly<ShallowRef<ProductState | undefined>> {
  const state = shallowRef<ProductState | undefined>();
  const shop = useShoplet();
  if (!shop) return state;
  let stop: (() => void) | undefined;
  const key = () => {
    const ref = toValue(product);
    return typeof ref === 'string' ? ref : ref.id;
  };
  watch(
    key,
    () => {
      stop?.();
      stop = follow(shop.products.store(toValue(product)), state);
    },
    { immediate: true },
  );
  untilScopeEnds(() => stop?.());
  return state;
}
