import type { Money } from '@shoplet/core';

/**
 * What `shoplet-add-to-cart` carries: enough for an analytics `add_to_cart` event.
 *
 * @example
 * document.addEventListener('shoplet-add-to-cart', (e) => gtag('event', 'add_to_cart', { value: e.detail.value }));
 */
export interface ShopletAddToCartDetail {
  productId: string;
  productHandle: string;
  productTitle: string;
  variantId: string;
  variantTitle: string;
  sku: string | null;
  quantity: number;
  /** Unit price. */
  price: Money;
  /** ISO 4217 currency of `price`. */
  currency: string;
  /** Unit price × quantity in major units (12.99), the shape analytics tools expect. */
  value: number;
}

/**
 * What `shoplet-cart-open` carries.
 *
 * @example
 * document.addEventListener('shoplet-cart-open', (e) => console.log(e.detail.itemCount));
 */
export interface ShopletCartOpenDetail {
  itemCount: number;
  /** Subtotal when the cart exists. */
  subtotal: Money | null;
}

/**
 * What `shoplet-checkout` carries: enough for an analytics `begin_checkout` event.
 *
 * @example
 * document.addEventListener('shoplet-checkout', (e) => console.log(e.detail.provider, e.detail.value));
 */
export interface ShopletCheckoutDetail {
  cartId: string;
  kind: 'redirect' | 'inline';
  provider: string;
  itemCount: number;
  total: Money;
  currency: string;
  value: number;
}

/**
 * What `shoplet-error` carries. `code` is a stable {@link ShopletErrorCode}-like string.
 *
 * @example
 * document.addEventListener('shoplet-error', (e) => report(e.detail.code, e.detail.message));
 */
export interface ShopletErrorDetail {
  code: string;
  message: string;
  /** The attribute, option or document field at fault (`product`, `tags[2].x`). */
  field?: string;
  /** Product handle or id when the error is about one. */
  product?: string;
}

/**
 * What `shoplet-tag-activate` carries. Cancel the event to stop the detail sheet from opening.
 *
 * @example
 * image.addEventListener('shoplet-tag-activate', (e) => { e.preventDefault(); location.href = `/p/${e.detail.productHandle}`; });
 */
export interface ShopletTagActivateDetail {
  productHandle: string;
  productId: string | null;
  productTitle: string | null;
  price: Money | null;
  currency: string | null;
  /** Normalized position of the hotspot. */
  x: number;
  y: number;
  /** Position of the tag among its siblings. */
  index: number;
}

/**
 * Every Shoplet DOM event name and its `detail`.
 *
 * @example
 * type Detail = ShopletEventMap['shoplet-add-to-cart'];
 */
export interface ShopletEventMap {
  'shoplet-add-to-cart': ShopletAddToCartDetail;
  'shoplet-cart-open': ShopletCartOpenDetail;
  'shoplet-checkout': ShopletCheckoutDetail;
  'shoplet-error': ShopletErrorDetail;
  'shoplet-tag-activate': ShopletTagActivateDetail;
}

/** Fired after a line was added to the cart. @example el.addEventListener('shoplet-add-to-cart', (e: ShopletAddToCartEvent) => {}); */
export type ShopletAddToCartEvent = CustomEvent<ShopletAddToCartDetail>;
/** Fired when the cart opens. @example el.addEventListener('shoplet-cart-open', (e: ShopletCartOpenEvent) => {}); */
export type ShopletCartOpenEvent = CustomEvent<ShopletCartOpenDetail>;
/** Fired when checkout starts. @example el.addEventListener('shoplet-checkout', (e: ShopletCheckoutEvent) => {}); */
export type ShopletCheckoutEvent = CustomEvent<ShopletCheckoutDetail>;
/** Fired when something failed that the shopper or the developer should know about. @example el.addEventListener('shoplet-error', (e: ShopletErrorEvent) => {}); */
export type ShopletErrorEvent = CustomEvent<ShopletErrorDetail>;
/** Fired when a product tag is activated; cancelable. @example el.addEventListener('shoplet-tag-activate', (e: ShopletTagActivateEvent) => {}); */
export type ShopletTagActivateEvent = CustomEvent<ShopletTagActivateDetail>;

declare global {
  interface HTMLElementEventMap {
    'shoplet-add-to-cart': ShopletAddToCartEvent;
    'shoplet-cart-open': ShopletCartOpenEvent;
    'shoplet-checkout': ShopletCheckoutEvent;
    'shoplet-error': ShopletErrorEvent;
    'shoplet-tag-activate': ShopletTagActivateEvent;
  }
  // Events bubble to the document, where analytics usually listen.
  interface DocumentEventMap {
    'shoplet-add-to-cart': ShopletAddToCartEvent;
    'shoplet-cart-open': ShopletCartOpenEvent;
    'shoplet-checkout': ShopletCheckoutEvent;
    'shoplet-error': ShopletErrorEvent;
    'shoplet-tag-activate': ShopletTagActivateEvent;
  }
}

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
