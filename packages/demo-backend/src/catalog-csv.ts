import type { DemoProduct } from './catalog.js';

const HEADER = [
  'name',
  'slug',
  'description',
  'assets',
  'facets',
  'optionGroups',
  'optionValues',
  'sku',
  'price',
  'taxCategory',
  'stockOnHand',
  'trackInventory',
  'variantAssets',
  'variantFacets',
  'product:reviewRating',
  'product:reviewCount',
  'variant:compareAtPrice',
];

function cell(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Renders the catalog in Vendure's product import CSV format: the first row of a product carries
 * the product columns, further rows only the variant columns.
 *
 * @example
 * ```ts
 * await writeFile(csvPath, catalogToCsv(demoCatalog));
 * ```
 */
export function catalogToCsv(products: DemoProduct[]): string {
  const rows = [HEADER.join(',')];
  for (const product of products) {
    product.variants.forEach((variant, index) => {
      const first = index === 0;
      const row = [
        first ? product.name : '',
        first ? product.slug : '',
        first ? product.description : '',
        first ? product.images.join('|') : '',
        first ? `category:${product.category}` : '',
        first ? product.optionGroups.join('|') : '',
        variant.options.join('|'),
        variant.sku,
        variant.price.toFixed(2),
        'Standard Tax',
        variant.stockOnHand,
        'true',
        '',
        '',
        first ? product.review?.rating : '',
        first ? product.review?.count : '',
        variant.compareAtPrice ?? '',
      ];
      rows.push(row.map(cell).join(','));
    });
  }
  return `${rows.join('\n')}\n`;
}
