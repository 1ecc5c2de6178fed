import type { Image, Option, Product, Variant } from '@shoplet/core';
import { htmlToText } from './html.js';

/**
 * An asset as the Shop API returns it.
 *
 * @example
 * const asset: VendureAsset = { id: '1', name: 'mug.jpg', preview: '/assets/mug__preview.jpg', width: 640, height: 800 };
 */
export interface VendureAsset {
  id: string;
  name: string;
  preview: string;
  width: number;
  height: number;
}

/**
 * A variant as `productFragment` selects it.
 *
 * @example
 * const price = { amount: variant.priceWithTax, currencyCode: variant.currencyCode };
 */
export interface VendureVariant {
  id: string;
  name: string;
  sku: string;
  priceWithTax: number;
  currencyCode: string;
  stockLevel: string;
  featuredAsset: VendureAsset | null;
  options: { id: string; code: string; name: string; groupId: string }[];
  customFields?: { compareAtPrice?: number | null } | null;
}

/**
 * A product as `productFragment` selects it.
 *
 * @example
 * const product = toProduct(data.p0 as VendureProduct, { origin }, false);
 */
export interface VendureProduct {
  id: string;
  name: string;
  slug: string;
  description: string;
  featuredAsset: VendureAsset | null;
  assets: VendureAsset[];
  optionGroups: { id: string; code: string; name: string; options: { id: string; code: string; name: string }[] }[];
  facetValues: { code: string; name: string; facet: { code: string; name: string } }[];
  variants: VendureVariant[];
  customFields?: { reviewRating?: number | null; reviewCount?: number | null } | null;
}

/**
 * Maps a Vendure asset to an image. `preview` may be relative to the server (`/assets/…`), so it is
 * resolved against the Shop API's origin. Vendure has no alt text: `altText` is `null` and the
 * elements use the product title.
 *
 * @example
 * toImage({ id: '1', name: 'shirt.jpg', preview: '/assets/shirt.jpg', width: 800, height: 1000 }, 'http://127.0.0.1:3100');
 */
export function toImage(asset: VendureAsset | null | undefined, origin: string): Image | null {
  if (!asset?.preview) return null;
  const image: Image = { url: new URL(asset.preview, `${origin}/`).toString(), altText: null };
  if (asset.width > 0) image.width = asset.width;
  if (asset.height > 0) image.height = asset.height;
  return image;
}

function toVariant(v: VendureVariant, groups: VendureProduct['optionGroups'], origin: string): Variant {
  // Vendure lists a variant's options in no particular order: follow the product's option groups.
  const group = (o: { groupId: string }) => groups.findIndex((g) => g.id === o.groupId);
  const selectedOptions = [...v.options]
    .sort((a, b) => group(a) - group(b))
    .map((o) => ({ name: groups[group(o)]?.name ?? o.code, value: o.name }));
  const { priceWithTax: amount, currencyCode } = v;
  const was = v.customFields?.compareAtPrice;
  // The default stock strategy says `IN_STOCK`, `LOW_STOCK` or `OUT_OF_STOCK`; a custom
  // `StockDisplayStrategy` may expose the count as a number.
  const count = /^\d+$/.test(v.stockLevel) ? Number(v.stockLevel) : null;
  return {
    id: v.id,
    title: selectedOptions.map((o) => o.value).join(' / ') || v.name,
    sku: v.sku || null,
    selectedOptions,
    price: { amount, currencyCode },
    compareAtPrice: (was ?? 0) > amount ? { amount: was as number, currencyCode } : null,
    availableForSale: count === null ? v.stockLevel !== 'OUT_OF_STOCK' : count > 0,
    quantityAvailable: count,
    image: toImage(v.featuredAsset, origin),
  };
}

/**
 * Maps a Vendure product onto the normalized {@link Product}.
 *
 * @example
 * const product = toProduct(data.p0, { origin: 'http://127.0.0.1:3100' }, true);
 */
export function toProduct(
  p: VendureProduct,
  opts: { origin: string; productUrl?: ((slug: string) => string) | undefined },
  reviews: boolean,
): Product {
  const options: Option[] = p.optionGroups.map((g) => ({ name: g.name, values: g.options.map((o) => o.name) }));
  const seen = new Set<string>();
  const images: Image[] = [];
  for (const asset of [p.featuredAsset, ...p.assets]) {
    const image = asset && !seen.has(asset.id) && toImage(asset, opts.origin);
    if (image) images.push(image);
    if (asset) seen.add(asset.id);
  }
  const product: Product = {
    id: p.id,
    handle: p.slug,
    title: p.name,
    vendor: null,
    description: htmlToText(p.description),
    descriptionHtml: p.description,
    images,
    options,
    variants: p.variants.map((v) => toVariant(v, p.optionGroups, opts.origin)),
    url: opts.productUrl ? opts.productUrl(p.slug) : null,
    tags: [...new Set(p.facetValues.map((f) => f.name))],
  };
  if (reviews) {
    const rating = p.customFields?.reviewRating;
    const count = p.customFields?.reviewCount ?? 0;
    product.reviews = typeof rating === 'number' && count > 0 ? { rating, scale: 5, count } : null;
  }
  return product;
}
