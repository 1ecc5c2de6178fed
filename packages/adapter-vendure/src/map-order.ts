import type { Cart, CartLine } from '@shoplet/core';
import { toImage, type VendureAsset } from './map-product.js';

/**
 * An order as `orderFragment` selects it.
 *
 * @example
 * const cart = toCart(data.activeOrder as VendureOrder, origin);
 */
export interface VendureOrder {
  id: string;
  code: string;
  state: string;
  active: boolean;
  currencyCode: string;
  totalQuantity: number;
  subTotalWithTax: number;
  shippingWithTax: number;
  totalWithTax: number;
  couponCodes: string[];
  discounts: { adjustmentSource: string; description: string; amountWithTax: number }[];
  lines: {
    id: string;
    quantity: number;
    unitPriceWithTax: number;
    discountedLinePriceWithTax: number;
    featuredAsset: VendureAsset | null;
    productVariant: {
      id: string;
      name: string;
      sku: string;
      options: { code: string; name: string; groupId: string; group: { name: string } }[];
      product: { name: string; slug: string; featuredAsset: VendureAsset | null; optionGroups: { id: string }[] };
    };
  }[];
  customFields?: { shopletRef?: string | null; shopletUtm?: string | null } | null;
}

/**
 * The id a cart has before Vendure has created its order: Vendure creates the active order on the
 * first `addItemToOrder`, so an empty cart of a fresh session has no order code yet.
 *
 * @example
 * if (cart.id === PENDING_CART_ID) console.log('nothing added yet');
 */
export const PENDING_CART_ID = 'vendure:pending';

/**
 * An empty cart for a session with no active order yet.
 *
 * @example
 * emptyCart('USD').lines; // []
 */
export function emptyCart(currencyCode: string): Cart {
  const zero = { amount: 0, currencyCode };
  return {
    id: PENDING_CART_ID,
    lines: [],
    totalQuantity: 0,
    subtotal: zero,
    total: zero,
    discountCodes: [],
    attributes: {},
    checkoutUrl: null,
  };
}

/**
 * Maps an order line onto a normalized {@link CartLine} (cart and placed order alike).
 *
 * @example
 * const lines = order.lines.map((line) => toLine(line, order.currencyCode, origin));
 */
export function toLine(line: VendureOrder['lines'][number], currencyCode: string, origin: string): CartLine {
  const variant = line.productVariant;
  const order = (groupId: string) => variant.product.optionGroups.findIndex((g) => g.id === groupId);
  const selectedOptions = [...variant.options]
    .sort((a, b) => order(a.groupId) - order(b.groupId))
    .map((o) => ({ name: o.group.name, value: o.name }));
  return {
    id: line.id,
    variantId: variant.id,
    quantity: line.quantity,
    productTitle: variant.product.name,
    productHandle: variant.product.slug,
    variantTitle: selectedOptions.length ? selectedOptions.map((o) => o.value).join(' / ') : variant.name,
    selectedOptions,
    image: toImage(line.featuredAsset ?? variant.product.featuredAsset, origin),
    unitPrice: { amount: line.unitPriceWithTax, currencyCode },
    total: { amount: line.discountedLinePriceWithTax, currencyCode },
  };
}

/**
 * Cart attribute → Order custom field, for the attributes Shoplet's attribution writes.
 *
 * @example
 * ATTRIBUTE_FIELDS._shoplet_ref; // 'shopletRef'
 */
export const ATTRIBUTE_FIELDS = { _shoplet_ref: 'shopletRef', _shoplet_utm: 'shopletUtm' } as const;

/**
 * Reads the cart attributes from the order's custom fields `shopletRef` and `shopletUtm`.
 *
 * @example
 * readAttributes({ shopletRef: 'ana', shopletUtm: 'source=blog' }); // { _shoplet_ref: 'ana', _shoplet_utm: 'source=blog' }
 */
export function readAttributes(custom: VendureOrder['customFields']): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [attribute, field] of Object.entries(ATTRIBUTE_FIELDS)) {
    const value = custom?.[field];
    if (typeof value === 'string' && value !== '') attributes[attribute] = value;
  }
  return attributes;
}

/**
 * Writes cart attributes as the order's custom fields; the inverse of {@link readAttributes}.
 * Returns the keys that have no field, which Vendure cannot store.
 *
 * @example
 * writeAttributes({ _shoplet_ref: 'ana' }); // { fields: { shopletRef: 'ana', shopletUtm: null }, ignored: [] }
 */
export function writeAttributes(attributes: Record<string, string>): {
  fields: { shopletRef: string | null; shopletUtm: string | null };
  ignored: string[];
} {
  return {
    fields: { shopletRef: attributes._shoplet_ref || null, shopletUtm: attributes._shoplet_utm || null },
    ignored: Object.keys(attributes).filter((key) => !(key in ATTRIBUTE_FIELDS)),
  };
}

/**
 * Maps the active order onto the normalized {@link Cart}; the cart id is the order code.
 * Vendure keeps only coupon codes that exist and are valid; whether one actually lowered the
 * price shows as a promotion discount on the order.
 *
 * @example
 * const cart = toCart(data.activeOrder, 'http://127.0.0.1:3100');
 */
export function toCart(order: VendureOrder, origin: string): Cart {
  const currencyCode = order.currencyCode;
  const discounted = order.discounts.some((d) => d.adjustmentSource.startsWith('PROMOTION') && d.amountWithTax !== 0);
  return {
    id: order.code,
    lines: order.lines.map((line) => toLine(line, currencyCode, origin)),
    totalQuantity: order.totalQuantity,
    subtotal: { amount: order.subTotalWithTax, currencyCode },
    total: { amount: order.totalWithTax, currencyCode },
    discountCodes: order.couponCodes.map((code) => ({ code, applicable: discounted })),
    attributes: readAttributes(order.customFields),
    checkoutUrl: null,
  };
}
