import { toDecimalString } from './money-units.js';
import type { Cart, CartLine, Money, Order, Product, Variant } from './types.js';

/**
 * One entry of a GA4 `items` array. `item_id` is the product handle (the same on every backend and
 * in cart lines); `item_variant` the variant title; `affiliation` the creator or referral code.
 *
 * @example
 * const item: Ga4Item = { item_id: 'linen-shirt', item_name: 'Linen shirt', item_variant: 'M / Sand', price: 59, quantity: 1 };
 */
export interface Ga4Item {
  item_id: string;
  item_name: string;
  item_variant?: string;
  item_brand?: string;
  item_category?: string;
  item_category2?: string;
  item_category3?: string;
  item_category4?: string;
  item_category5?: string;
  /** Unit price in major units (59.99), from integer minor units. */
  price?: number;
  quantity?: number;
  /** Discount per unit in major units. */
  discount?: number;
  affiliation?: string;
  index?: number;
  item_list_id?: string;
  item_list_name?: string;
}

/**
 * Integer minor units to a decimal number in major units, through the exact decimal string, so there
 * is no float drift (1999 GBP → 19.99, 500 JPY → 500, 1234 KWD → 1.234).
 *
 * @example
 * moneyToDecimal({ amount: 1999, currencyCode: 'GBP' }); // 19.99
 */
export function moneyToDecimal(money: Money): number {
  return Number(toDecimalString(money));
}

/**
 * Extra fields for items built from products and lines.
 *
 * @example
 * const extra: ItemExtras = { quantity: 2, affiliation: 'ana', index: 0 };
 */
export interface ItemExtras {
  quantity?: number;
  affiliation?: string | null | undefined;
  index?: number;
  listId?: string;
  listName?: string;
}

function withExtras(item: Ga4Item, extras: ItemExtras): Ga4Item {
  if (extras.affiliation) item.affiliation = extras.affiliation;
  if (extras.index !== undefined) item.index = extras.index;
  if (extras.listId) item.item_list_id = extras.listId;
  if (extras.listName) item.item_list_name = extras.listName;
  return item;
}

const CATEGORY_KEYS = [
  'item_category',
  'item_category2',
  'item_category3',
  'item_category4',
  'item_category5',
] as const;

/**
 * A GA4 item for a product (and the chosen variant; the first one otherwise).
 *
 * @example
 * itemFromProduct(product, product.variants[1], { quantity: 2 });
 * // { item_id: 'linen-shirt', item_name: 'Linen shirt', item_variant: 'L / Sand', item_brand: 'Acme', price: 59, quantity: 2 }
 */
export function itemFromProduct(product: Product, variant?: Variant | null, extras: ItemExtras = {}): Ga4Item {
  const v = variant ?? product.variants[0] ?? null;
  const item: Ga4Item = { item_id: product.handle, item_name: product.title };
  if (v?.title && v.title !== 'Default Title') item.item_variant = v.title;
  if (product.vendor) item.item_brand = product.vendor;
  product.tags.slice(0, CATEGORY_KEYS.length).forEach((tag, i) => {
    item[CATEGORY_KEYS[i] as (typeof CATEGORY_KEYS)[number]] = tag;
  });
  if (v) item.price = moneyToDecimal(v.price);
  item.quantity = extras.quantity ?? 1;
  return withExtras(item, extras);
}

/**
 * A GA4 item for a cart or order line. The line's discount (unit price × quantity − line total) is
 * reported per unit as `discount`.
 *
 * @example
 * cart.lines.map((line) => itemFromLine(line));
 */
export function itemFromLine(line: CartLine, extras: ItemExtras = {}): Ga4Item {
  const quantity = extras.quantity ?? line.quantity;
  const item: Ga4Item = { item_id: line.productHandle, item_name: line.productTitle };
  if (line.variantTitle && line.variantTitle !== 'Default Title') item.item_variant = line.variantTitle;
  item.price = moneyToDecimal(line.unitPrice);
  item.quantity = quantity;
  const discountMinor = line.unitPrice.amount * line.quantity - line.total.amount;
  if (discountMinor > 0 && line.quantity > 0) {
    // Per unit, rounded to a whole minor unit, so it stays an exact decimal.
    item.discount = moneyToDecimal({
      amount: Math.round(discountMinor / line.quantity),
      currencyCode: line.unitPrice.currencyCode,
    });
  }
  return withExtras(item, extras);
}

/**
 * Event parameters shared by `view_cart` and `begin_checkout`: currency, value (the subtotal),
 * accepted discount codes as `coupon`, and the items.
 *
 * @example
 * analytics.track('view_cart', cartParams(cart));
 */
export function cartParams(cart: Cart, extras: ItemExtras = {}): Record<string, unknown> {
  const params: Record<string, unknown> = {
    currency: cart.subtotal.currencyCode,
    value: moneyToDecimal(cart.subtotal),
    items: cart.lines.map((line, index) => itemFromLine(line, { ...extras, index })),
  };
  const coupon = cart.discountCodes.filter((d) => d.applicable).map((d) => d.code);
  if (coupon.length) params.coupon = coupon.join(',');
  return params;
}

/**
 * An id for an order that analytics can count and deduplicate (the same order always gives the
 * same id) but that does not reveal the order code: the code identifies the order to the shop's
 * backend, and the tags on a page (every script that reads the dataLayer) must not learn it.
 * A 53-bit string hash (cyrb53); an order code is not recoverable from it.
 *
 * @example
 * opaqueOrderId('H27XDC1A4VCJG4LS'); // 'o-…' (13 hex digits, the same on every call)
 */
export function opaqueOrderId(code: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < code.length; i++) {
    const char = code.charCodeAt(i);
    h1 = Math.imul(h1 ^ char, 2654435761);
    h2 = Math.imul(h2 ^ char, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `o-${hash.toString(16).padStart(14, '0')}`;
}

/**
 * GA4 `purchase` parameters for an order placed through inline checkout. `transaction_id` is
 * {@link opaqueOrderId} of the order code, never the code itself.
 *
 * @example
 * analytics.track('purchase', orderParams(order));
 */
export function orderParams(order: Order, extras: ItemExtras = {}): Record<string, unknown> {
  const params: Record<string, unknown> = {
    transaction_id: opaqueOrderId(order.code),
    currency: order.total.currencyCode,
    value: moneyToDecimal(order.total),
    items: order.lines.map((line, index) => itemFromLine(line, { ...extras, index })),
  };
  if (order.shipping) params.shipping = moneyToDecimal(order.shipping);
  if (extras.affiliation) params.affiliation = extras.affiliation;
  return params;
}
