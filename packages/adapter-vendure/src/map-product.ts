import type { Image, Product, Variant } from '@shoplet/core';
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
  options: { name: string; groupId: string }[];
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
  optionGroups: { id: string; name: string; options: { name: string }[] }[];
  facetValues: { name: string }[];
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
  const { width, height } = asset;
  return {
    url: new URL(asset.preview, `${origin}/`).href,
    altText: null,
    ...(width > 0 && { width }),
    ...(height > 0 && { height }),
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
  { origin, productUrl }: { origin: string; productUrl?: ((slug: string) => string) | undefined },
  reviews: boolean,
): Product {
  const { optionGroups: groups, slug, description, customFields } = p;
  const product: Product = {
    id: p.id,
    handle: slug,
    title: p.name,
    vendor: null,
    description: htmlToText(description),
    descriptionHtml: description,
    // The featured asset first, then the others, each once.
    images: [p.featuredAsset, ...p.assets].flatMap(
      (asset, i, all) => (asset && all.findIndex((a) => a?.id === asset.id) === i && toImage(asset, origin)) || [],
    ),
    options: groups.map((g) => ({ name: g.name, values: g.options.map((o) => o.name) })),
    variants: p.variants.map((v): Variant => {
      // Vendure lists a variant's options in no particular order: follow the product's option groups.
      const selectedOptions = groups.flatMap((g) =>
        v.options.filter((o) => o.groupId === g.id).map((o) => ({ name: g.name, value: o.name })),
      );
      const { priceWithTax: amount, currencyCode, stockLevel } = v;
      const was = v.customFields?.compareAtPrice as number;
      // The default stock strategy says `IN_STOCK`, `LOW_STOCK` or `OUT_OF_STOCK`; a custom
      // `StockDisplayStrategy` may expose the count as a number.
      const count = /^\d+$/.test(stockLevel) ? +stockLevel : null;
      return {
        id: v.id,
        title: selectedOptions.map((o) => o.value).join(' / ') || v.name,
        sku: v.sku || null,
        selectedOptions,
        price: { amount, currencyCode },
        compareAtPrice: was > amount ? { amount: was, currencyCode } : null,
        availableForSale: stockLevel !== 'OUT_OF_STOCK' && count !== 0,
        quantityAvailable: count,
        image: toImage(v.featuredAsset, origin),
      };
    }),
    url: productUrl ? productUrl(slug) : null,
    tags: [...new Set(p.facetValues.map((f) => f.name))],
  };
  if (reviews) {
    const { reviewRating: rating, reviewCount: count } = customFields ?? {};
    product.reviews =
      typeof rating === 'number' && (count as number) > 0 ? { rating, scale: 5, count: count as number } : null;
  }
  return product;
}
