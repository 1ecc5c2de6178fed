import type { Cart, CartLine, Money, Product, Variant } from '../types.js';

let counter = 0;
const nextId = (kind: string) => `${kind}-${++counter}`;

/**
 * Money in minor units; default currency GBP.
 *
 * @example
 * money(1299); // { amount: 1299, currencyCode: 'GBP' }
 */
export function money(amount: number, currencyCode = 'GBP'): Money {
  return { amount, currencyCode };
}

/**
 * A variant with sensible defaults; override any field.
 *
 * @example
 * const v = makeVariant({ id: 'v-red-m', selectedOptions: [{ name: 'Colour', value: 'Red' }], quantityAvailable: 0 });
 */
export function makeVariant(overrides: Partial<Variant> = {}): Variant {
  const quantity = overrides.quantityAvailable === undefined ? 10 : overrides.quantityAvailable;
  return {
    id: nextId('variant'),
    title: 'Default',
    sku: null,
    selectedOptions: [],
    price: money(2500),
    compareAtPrice: null,
    availableForSale: quantity === null || quantity > 0,
    quantityAvailable: quantity,
    image: null,
    ...overrides,
  };
}

/**
 * A product with one variant per combination of `options` (or a single default variant).
 *
 * @example
 * const shirt = makeProduct({
 *   handle: 'linen-shirt', title: 'Linen shirt',
 *   options: [{ name: 'Size', values: ['S', 'M'] }],
 * });
 * shirt.variants.length; // 2
 */
export function makeProduct(overrides: Partial<Product> & { price?: Money } = {}): Product {
  const { price, ...rest } = overrides;
  const handle = rest.handle ?? nextId('product');
  const title = rest.title ?? handle.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
  const options = rest.options ?? [];
  const combos = options.reduce<{ name: string; value: string }[][]>(
    (acc, option) => acc.flatMap((combo) => option.values.map((value) => [...combo, { name: option.name, value }])),
    [[]],
  );
  const variants =
    rest.variants ??
    combos.map((selectedOptions) =>
      makeVariant({
        id: `${handle}:${selectedOptions.map((o) => o.value).join('/') || 'default'}`,
        title: selectedOptions.map((o) => o.value).join(' / ') || 'Default',
        selectedOptions,
        ...(price ? { price } : {}),
      }),
    );
  return {
    id: `product:${handle}`,
    handle,
    title,
    vendor: 'Shoplet Demo',
    description: `${title}, made to last.`,
    descriptionHtml: `<p>${title}, made to last.</p>`,
    images: [{ url: `/media/${handle}.jpg`, altText: title, width: 640, height: 800 }],
    url: null,
    tags: [],
    reviews: null,
    ...rest,
    options,
    variants,
  };
}

/**
 * A cart line for a variant of a product.
 *
 * @example
 * const line = makeLine(makeProduct(), 2);
 */
export function makeLine(product: Product, quantity = 1, variant: Variant = product.variants[0]!): CartLine {
  return {
    id: `line:${variant.id}`,
    variantId: variant.id,
    quantity,
    productTitle: product.title,
    productHandle: product.handle,
    variantTitle: variant.title,
    selectedOptions: variant.selectedOptions,
    image: variant.image ?? product.images[0] ?? null,
    unitPrice: variant.price,
    total: { amount: variant.price.amount * quantity, currencyCode: variant.price.currencyCode },
  };
}

/**
 * A cart, by default holding one line of a fresh product; totals are computed from the lines.
 *
 * @example
 * const cart = makeCart({ lines: [makeLine(makeProduct(), 3)] });
 * cart.totalQuantity; // 3
 */
export function makeCart(overrides: Partial<Cart> = {}): Cart {
  const lines = overrides.lines ?? [makeLine(makeProduct())];
  const currencyCode = lines[0]?.total.currencyCode ?? 'GBP';
  const subtotal = money(
    lines.reduce((sum, l) => sum + l.total.amount, 0),
    currencyCode,
  );
  return {
    id: nextId('cart'),
    totalQuantity: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal,
    total: subtotal,
    discountCodes: [],
    attributes: {},
    checkoutUrl: null,
    ...overrides,
    lines,
  };
}
