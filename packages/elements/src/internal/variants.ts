import type { Product, Variant } from '@shoplet/core';

/**
 * The chosen value per option axis (`{ Size: 'M', Colour: 'Sand' }`).
 *
 * @example
 * const selection: Selection = { Size: 'M' };
 */
export type Selection = Record<string, string>;

/**
 * Whether an option value can be picked given the other axes' current values: `available`,
 * `sold-out` (the variant exists but cannot be bought) or `unavailable` (no such variant).
 *
 * @example
 * const state: ValueState = valueState(product, selection, 'Size', 'XL');
 */
export type ValueState = 'available' | 'sold-out' | 'unavailable';

function matches(variant: Variant, selection: Selection): boolean {
  return Object.entries(selection).every(([name, value]) =>
    variant.selectedOptions.some((o) => o.name === name && o.value === value),
  );
}

/**
 * The variant a full selection points at, if it exists.
 *
 * @example
 * findVariant(product, { Size: 'M', Colour: 'Sand' })?.id;
 */
export function findVariant(product: Product, selection: Selection): Variant | undefined {
  return product.variants.find((v) => matches(v, selection));
}

/**
 * The selection to start from: the first variant that can be bought, else the first variant.
 *
 * @example
 * const selection = initialSelection(product);
 */
export function initialSelection(product: Product): Selection {
  const variant = product.variants.find((v) => v.availableForSale) ?? product.variants[0];
  return Object.fromEntries(variant?.selectedOptions.map((o) => [o.name, o.value]) ?? []);
}

/**
 * Whether `value` on axis `name` can be chosen, keeping the other axes as they are.
 *
 * @example
 * valueState(product, { Size: 'M', Colour: 'Sand' }, 'Size', 'L'); // 'sold-out'
 */
export function valueState(product: Product, selection: Selection, name: string, value: string): ValueState {
  const variant = findVariant(product, { ...selection, [name]: value });
  if (!variant) return 'unavailable';
  return variant.availableForSale ? 'available' : 'sold-out';
}

/**
 * The lowest price among the product's variants (for a "from" price), or `undefined`.
 *
 * @example
 * const from = lowestPrice(product);
 */
export function lowestPrice(product: Product): Variant['price'] | undefined {
  let low: Variant['price'] | undefined;
  for (const v of product.variants) if (!low || v.price.amount < low.amount) low = v.price;
  return low;
}
