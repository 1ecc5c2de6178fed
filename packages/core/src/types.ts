/**
 * The normalized commerce model. Every adapter maps its backend's shapes onto these types, so the
 * elements and integrators only ever see one vocabulary.
 *
 * @module
 */

/**
 * An amount of money as an integer count of the currency's minor units (cents, pence, yen,
 * fils) plus its ISO 4217 code. Never a float.
 *
 * @example
 * const price: Money = { amount: 1299, currencyCode: 'GBP' }; // £12.99
 */
export interface Money {
  /** Integer minor units (1299 = 12.99 in a two-decimal currency; 1299 = ¥1,299 in JPY). */
  amount: number;
  /** ISO 4217 code, upper case (`GBP`, `EUR`, `JPY`, `KWD`). */
  currencyCode: string;
}

/**
 * A product image.
 *
 * @example
 * const img: Image = { url: '/media/shirt.jpg', altText: 'Linen shirt, front', width: 800, height: 1000 };
 */
export interface Image {
  url: string;
  /** Alternative text; `null` when the backend has none (the elements fall back to the title). */
  altText: string | null;
  width?: number;
  height?: number;
}

/**
 * One option axis of a product (`Size`, `Colour`) and its values in display order.
 *
 * @example
 * const size: Option = { name: 'Size', values: ['S', 'M', 'L'] };
 */
export interface Option {
  name: string;
  values: string[];
}

/**
 * A purchasable variant: one combination of option values.
 *
 * @example
 * const v: Variant = {
 *   id: 'gid://shopify/ProductVariant/1', title: 'M / Sand', sku: 'LS-M-SAND',
 *   selectedOptions: [{ name: 'Size', value: 'M' }, { name: 'Colour', value: 'Sand' }],
 *   price: { amount: 5900, currencyCode: 'GBP' }, compareAtPrice: null,
 *   availableForSale: true, quantityAvailable: 12, image: null,
 * };
 */
export interface Variant {
  /** The backend's variant id; what `shop.cart.add()` takes. */
  id: string;
  title: string;
  sku: string | null;
  selectedOptions: { name: string; value: string }[];
  price: Money;
  /** The "was" price when the variant is on sale, else `null`. */
  compareAtPrice: Money | null;
  availableForSale: boolean;
  /** Units in stock when the backend tells (and the token may see it), else `null`. */
  quantityAvailable: number | null;
  image: Image | null;
}

/**
 * A product with everything the card and the detail sheet show.
 *
 * @example
 * const product = makeProduct({ handle: 'linen-shirt', title: 'Linen shirt' }); // from @shoplet/core/testing
 */
export interface Product {
  id: string;
  /** URL-safe unique name (Shopify handle, Vendure slug). */
  handle: string;
  title: string;
  vendor: string | null;
  /** Plain-text description. */
  description: string;
  /** Description as HTML from the backend. Untrusted: the elements sanitize it before display. */
  descriptionHtml: string;
  images: Image[];
  options: Option[];
  variants: Variant[];
  /** The product's page on the brand's own store, when known. */
  url: string | null;
  /** Category or facet labels (`Apparel`, `Beauty`). */
  tags: string[];
  /** Review summary when the backend has one; never invented. */
  reviews?: ReviewSummary | null;
}

/**
 * Average rating and count, from the backend (Shopify `reviews` metafields, Vendure custom fields).
 *
 * @example
 * const r: ReviewSummary = { rating: 4.6, scale: 5, count: 128 };
 */
export interface ReviewSummary {
  rating: number;
  scale: number;
  count: number;
}

/**
 * One line of a cart.
 *
 * @example
 * const line = makeCart().lines[0]; // from @shoplet/core/testing
 */
export interface CartLine {
  /** The backend's line id (changes nothing when you only know the variant: use `variantId`). */
  id: string;
  variantId: string;
  quantity: number;
  productTitle: string;
  productHandle: string;
  variantTitle: string;
  selectedOptions: { name: string; value: string }[];
  image: Image | null;
  /** Price of one unit. */
  unitPrice: Money;
  /** Price of the line after line-level discounts. */
  total: Money;
}

/**
 * A cart (Shopify cart, Vendure active order, theme cart).
 *
 * @example
 * const unsubscribe = shop.$cart.subscribe((cart) => console.log(cart?.totalQuantity ?? 0));
 */
export interface Cart {
  id: string;
  lines: CartLine[];
  totalQuantity: number;
  subtotal: Money;
  /** Total the shopper pays, as the backend computed it (taxes/shipping when known). */
  total: Money;
  /** Discount codes applied, with whether the backend accepted them. */
  discountCodes: { code: string; applicable: boolean }[];
  /** Custom attributes (creator attribution lives here). */
  attributes: Record<string, string>;
  /** Where the shopper pays when the adapter hands off (Shopify `checkoutUrl`), else `null`. */
  checkoutUrl: string | null;
}

/**
 * A delivery window as calendar dates in the shop's time zone, plus the time left to make today's
 * dispatch cut-off.
 *
 * @example
 * const d: DeliveryEstimate = { earliest: '2026-11-27', latest: '2026-12-01', orderWithinMs: 7_980_000 };
 */
export interface DeliveryEstimate {
  earliest: string;
  latest: string;
  orderWithinMs: number | null;
}

// The Shoppable Post format is generated from its JSON Schema (docs/shoppable-post.schema.json).
export type { PostCaptions, PostCreator, PostMedia, ShoppablePost, Tag } from './shoppable-post.js';

/**
 * A shipping option the backend offers for the current cart (inline checkout).
 *
 * @example
 * const o: ShippingOption = { id: '1', name: 'Standard', price: { amount: 495, currencyCode: 'GBP' }, minDays: 2, maxDays: 4 };
 */
export interface ShippingOption {
  id: string;
  name: string;
  description?: string;
  price: Money;
  /** Transit window in work days when the backend tells. */
  minDays?: number;
  maxDays?: number;
}

/**
 * A payment method the backend offers for inline checkout. Shoplet never collects card data:
 * a method either needs none (`kind: 'no-card'`) or is a provider's own hosted step (`kind: 'hosted'`).
 *
 * @example
 * const m: PaymentOption = { code: 'demo-payment', name: 'Demo payment (test, no card)', kind: 'no-card' };
 */
export interface PaymentOption {
  code: string;
  name: string;
  description?: string;
  kind: 'no-card' | 'hosted';
}

/**
 * A postal address for inline checkout; field names follow browser autofill tokens.
 *
 * @example
 * const a: Address = { fullName: 'Ana Silva', streetLine1: '1 High St', city: 'London', postalCode: 'N1 1AA', countryCode: 'GB' };
 */
export interface Address {
  fullName: string;
  streetLine1: string;
  streetLine2?: string;
  city: string;
  province?: string;
  postalCode: string;
  countryCode: string;
  phoneNumber?: string;
}

/**
 * A placed order, returned at the end of an inline checkout.
 *
 * @example
 * const o: Order = { code: 'AB12CD', state: 'PaymentSettled', lines: [], total: { amount: 6394, currencyCode: 'GBP' } };
 */
export interface Order {
  code: string;
  state: string;
  lines: CartLine[];
  total: Money;
  shipping?: Money;
}

/**
 * Where `shop.checkout.start()` sends the shopper.
 *
 * @example
 * const h = await shop.checkout.start();
 * if (h.kind === 'redirect') location.assign(h.url);
 */
export type CheckoutHandoff =
  | { kind: 'redirect'; url: string; provider: string }
  | { kind: 'inline'; provider: string };
