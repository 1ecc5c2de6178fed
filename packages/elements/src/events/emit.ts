// Brings each event's `HTMLElementEventMap` entry along wherever `emit` is used, also in the
// published declarations.
export type {} from './add-to-cart.js';
export type {} from './cart-open.js';
export type {} from './checkout.js';
export type {} from './error.js';
export type {} from './feed-change.js';
export type {} from './share.js';
export type {} from './tag-activate.js';
export type {} from './tag-change.js';

type ShopletEventName = Extract<keyof HTMLElementEventMap, `shoplet-${string}`>;

/**
 * Every Shoplet DOM event name and its `detail`, read from the event files in this folder.
 *
 * @example
 * type Detail = ShopletEventMap['shoplet-add-to-cart'];
 */
export type ShopletEventMap = {
  [K in ShopletEventName]: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;
};

/**
 * Dispatches a typed Shoplet event from `el`. Events bubble and cross shadow roots, so one
 * listener on `document` sees them all. Returns `false` when a listener called `preventDefault()`.
 *
 * @example
 * if (emit(this, 'shoplet-tag-activate', detail, { cancelable: true })) openSheet(handle);
 */
export function emit<K extends keyof ShopletEventMap>(
  el: EventTarget,
  name: K,
  detail: ShopletEventMap[K],
  init: { cancelable?: boolean } = {},
): boolean {
  return el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, ...init }));
}
