import type { Shoplet } from '@shoplet/core';
import type { ReadableAtom } from 'nanostores';

/**
 * What an upgraded `<shoplet-store>` offers the elements inside it: its client as a nanostore,
 * `null` while the client is being created (so elements wait instead of using the page default).
 *
 * @example
 * const store = closestStore(this);
 * if (store && isStore(store)) store.$client.subscribe((shop) => console.log(shop?.locale));
 */
export interface StoreContext {
  readonly $client: ReadableAtom<Shoplet | null>;
}

/**
 * The nearest `<shoplet-store>` around `node`, across shadow roots (a product card inside a
 * post's shadow root finds the store around the post), or `null` outside any store. The store
 * may not be upgraded yet: check with {@link isStore}, or wait for
 * `customElements.whenDefined('shoplet-store')`.
 *
 * @example
 * class MyBadge extends HTMLElement {
 *   async connectedCallback() {
 *     const store = closestStore(this);
 *     if (!store) return;
 *     await customElements.whenDefined('shoplet-store');
 *     if (isStore(store)) store.$client.subscribe((shop) => (this.textContent = shop?.locale ?? '…'));
 *   }
 * }
 */
export function closestStore(node: Node): Element | null {
  let at: Node | null | undefined = node;
  while (at) {
    at = (at as Element).assignedSlot ?? at.parentNode ?? (at as ShadowRoot).host;
    if ((at as Element | undefined)?.localName === 'shoplet-store') return at as Element;
  }
  return null;
}

/**
 * Whether `el` is an upgraded `<shoplet-store>` whose client can be read.
 *
 * @example
 * const store = closestStore(el);
 * const shop = store && isStore(store) ? store.$client.get() : undefined;
 */
export function isStore(el: Element): el is Element & StoreContext {
  return '$client' in el;
}
