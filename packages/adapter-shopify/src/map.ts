import { type Cart, type Image, type Money, type Product, type ReviewSummary, ShopletError } from '@shoplet/core';
import { parseMoney } from '@shoplet/core/internal';

/**
 * Converts a Storefront API `MoneyV2` (`{ amount: "12.50", currencyCode: "GBP" }`) to integer minor
 * units by reading the decimal string digit by digit, never through float multiplication. Digits beyond
 * the currency's precision (Shopify sends "1000.0" for JPY) are rounded half up.
 *
 * @example
 * toMoney({ amount: '19.99', currencyCode: 'EUR' }); // { amount: 1999, currencyCode: 'EUR' }
 * toMoney({ amount: '1500.0', currencyCode: 'JPY' }); // { amount: 1500, currencyCode: 'JPY' }
 */
export function toMoney(money: { amount: string | number; currencyCode: string }): Money {
  try {
    return parseMoney(money.amount, money.currencyCode);
  } catch (cause) {
    throw new ShopletError(
      'backend',
      `Shopify returned ${JSON.stringify(money)} as money, which Shoplet cannot read.`,
      {
        cause,
      },
    );
  }
}

/**
 * Storefront API image fields Shoplet reads.
 *
 * @example
 * const image: SfImage = { url: 'https://cdn.shopify.com/s/files/shirt.jpg', altText: 'Front', width: 800, height: 1000 };
 */
export interface SfImage {
  url: string;
  altText?: string | null;
  width?: number | null;
  height?: number | null;
}

/**
 * Maps a Storefront API `Image` to Shoplet's {@link Image}.
 *
 * @example
 * toImage({ url: 'https://cdn.shopify.com/a.jpg', altText: null, width: 800, height: 1000 });
 */
export function toImage(image: SfImage | null | undefined): Image | null {
  if (!image) return null;
  return {
    url: image.url,
    altText: image.altText ?? null,
    ...(image.width ? { width: image.width } : {}),
    ...(image.height ? { height: image.height } : {}),
  };
}

interface SfMoney {
  amount: string;
  currencyCode: string;
}

/**
 * The product shape `PRODUCT_FRAGMENT` selects.
 *
 * @example
 * const product = toProduct(data.h0 as SfProduct);
 */
export interface SfProduct {
  id: string;
  handle: string;
  title: string;
  vendor: string;
  description: string;
  descriptionHtml: string;
  onlineStoreUrl?: string | null;
  tags?: string[];
  images: { nodes: SfImage[] };
  options: { name: string; optionValues: { name: string }[] }[];
  variants: {
    nodes: {
      id: string;
      title: string;
      sku?: string | null;
      availableForSale: boolean;
      quantityAvailable?: number | null;
      selectedOptions: { name: string; value: string }[];
      price: SfMoney;
      compareAtPrice?: SfMoney | null;
      image?: SfImage | null;
    }[];
  };
  rating?: { value: string } | null;
  ratingCount?: { value: string } | null;
}

/**
 * Reads the review summary from the `reviews.rating` (type `rating`: `{"value":"4.6","scale_max":"5.0"}`)
 * and `reviews.rating_count` metafields that review apps write. Missing or unreadable → `null`.
 *
 * @example
 * toReviews({ value: '{"value":"4.6","scale_min":"1.0","scale_max":"5.0"}' }, { value: '128' }); // { rating: 4.6, scale: 5, count: 128 }
 */
export function toReviews(
  rating: { value: string } | null | undefined,
  count: { value: string } | null | undefined,
): ReviewSummary | null {
  if (!rating?.value) return null;
  try {
    const parsed: unknown = JSON.parse(rating.value);
    const obj = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : { value: parsed };
    const value = Number(obj.value);
    const scale = Number(obj.scale_max ?? 5);
    const total = count?.value ? Number(count.value) : 0;
    if (!Number.isFinite(value) || !Number.isFinite(scale) || scale <= 0) return null;
    return { rating: value, scale, count: Number.isInteger(total) && total >= 0 ? total : 0 };
  } catch {
    return null;
  }
}

/**
 * Maps a Storefront API product to Shoplet's {@link Product}.
 *
 * @example
 * const product = toProduct(data.h0);
 */
export function toProduct(p: SfProduct): Product {
  const hasInventory = p.variants.nodes.some((v) => v.quantityAvailable !== undefined);
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    vendor: p.vendor || null,
    description: p.description,
    descriptionHtml: p.descriptionHtml,
    images: p.images.nodes.map((i) => toImage(i)).filter((i): i is Image => i !== null),
    options: p.options.map((o) => ({ name: o.name, values: o.optionValues.map((v) => v.name) })),
    variants: p.variants.nodes.map((v) => ({
      id: v.id,
      title: v.title,
      sku: v.sku || null,
      selectedOptions: v.selectedOptions,
      price: toMoney(v.price),
      compareAtPrice: v.compareAtPrice ? toMoney(v.compareAtPrice) : null,
      availableForSale: v.availableForSale,
      quantityAvailable: hasInventory ? (v.quantityAvailable ?? null) : null,
      image: toImage(v.image),
    })),
    url: p.onlineStoreUrl ?? null,
    tags: p.tags ?? [],
    reviews: toReviews(p.rating, p.ratingCount),
  };
}

/**
 * The cart shape `CART_FRAGMENT` selects.
 *
 * @example
 * const cart = toCart(data.cart as SfCart);
 */
export interface SfCart {
  id: string;
  checkoutUrl: string;
  totalQuantity: number;
  cost: { subtotalAmount: SfMoney; totalAmount: SfMoney };
  discountCodes: { code: string; applicable: boolean }[];
  attributes: { key: string; value?: string | null }[];
  lines: {
    nodes: {
      id: string;
      quantity: number;
      cost: { amountPerQuantity: SfMoney; totalAmount: SfMoney };
      merchandise: {
        id?: string;
        title?: string;
        selectedOptions?: { name: string; value: string }[];
        image?: SfImage | null;
        product?: { title: string; handle: string };
      };
    }[];
  };
}

/**
 * Maps a Storefront API cart to Shoplet's {@link Cart}.
 *
 * @example
 * const cart = toCart(payload.cart);
 */
export function toCart(c: SfCart): Cart {
  const attributes: Record<string, string> = {};
  for (const a of c.attributes) if (a.value != null) attributes[a.key] = a.value;
  return {
    id: c.id,
    lines: c.lines.nodes.map((l) => ({
      id: l.id,
      variantId: l.merchandise.id ?? '',
      quantity: l.quantity,
      productTitle: l.merchandise.product?.title ?? '',
      productHandle: l.merchandise.product?.handle ?? '',
      variantTitle: l.merchandise.title ?? '',
      selectedOptions: l.merchandise.selectedOptions ?? [],
      image: toImage(l.merchandise.image),
      unitPrice: toMoney(l.cost.amountPerQuantity),
      total: toMoney(l.cost.totalAmount),
    })),
    totalQuantity: c.totalQuantity,
    subtotal: toMoney(c.cost.subtotalAmount),
    total: toMoney(c.cost.totalAmount),
    discountCodes: c.discountCodes.map((d) => ({ code: d.code, applicable: d.applicable })),
    attributes,
    checkoutUrl: c.checkoutUrl,
  };
}
