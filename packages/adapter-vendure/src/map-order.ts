import type { Cart, CartLine, Order } from '@shoplet/core';
import { toImage, type VendureAsset } from './map-product.js';

/**
 * An order as `orderFragment` (queries.ts) selects it.
 *
 * @example
 * const cart = toCart(data.activeOrder as VendureOrder, origin);
 */
export interface VendureOrder {
  code: string;
  state: string;
  currencyCode: string;
  totalQuantity: number;
  subTotalWithTax: number;
  shippingWithTax: number;
  totalWithTax: number;
  couponCodes: string[];
  discounts: { adjustmentSource: string; amountWithTax: number }[];
  lines: {
    id: string;
    quantity: number;
    unitPriceWithTax: number;
    discountedLinePriceWithTax: number;
    featuredAsset: VendureAsset | null;
    productVariant: {
      id: string;
      name: string;
      options: { name: string; groupId: string; group: { name: string } }[];
      product: { name: string; slug: string; featuredAsset: VendureAsset | null; optionGroups: { id: string }[] };
    };
  }[];
  customFields?: { shopletRef?: string | null; shopletUtm?: string | null } | null;
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
 * Reads the cart attributes from the order's custom fields `shopletRef` and `shopletUtm`.
 *
 * @example
 * readAttributes({ shopletRef: 'ana', shopletUtm: 'source=blog' }); // { _shoplet_ref: 'ana', _shoplet_utm: 'source=blog' }
 */
export function readAttributes(custom: VendureOrder['customFields']): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (custom?.shopletRef) attributes._shoplet_ref = custom.shopletRef;
  if (custom?.shopletUtm) attributes._shoplet_utm = custom.shopletUtm;
  return attributes;
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

/**
 * Maps a placed order onto the normalized {@link Order}.
 *
 * @example
 * const placed = toOrder(result, 'http://127.0.0.1:3100'); // { code, state: 'PaymentSettled', … }
 */
export function toOrder(order: VendureOrder, origin: string): Order {
  const currencyCode = order.currencyCode;
  return {
    code: order.code,
    state: order.state,
    lines: order.lines.map((line) => toLine(line, currencyCode, origin)),
    total: { amount: order.totalWithTax, currencyCode },
    shipping: { amount: order.shippingWithTax, currencyCode },
  };
}
