// Fixture factories for the fake Storefront API. Their shapes are checked against the Storefront API's
// own TypeScript types (`pnpm --filter @shoplet/adapter-shopify typecheck` covers test/), so a renamed
// field in a fixture is a type error, and a field the adapter asks for but the fixture lacks is a test failure.
import type * as SF from '@shopify/hydrogen-react/storefront-api-types';

export type MoneyFixture = Pick<SF.MoneyV2, 'amount' | 'currencyCode'>;
export type ImageFixture = Pick<SF.Image, 'url' | 'altText' | 'width' | 'height'>;
export type MetafieldFixture = Pick<SF.Metafield, 'namespace' | 'key' | 'value' | 'type'>;

export type VariantFixture = Pick<
  SF.ProductVariant,
  'id' | 'title' | 'sku' | 'availableForSale' | 'quantityAvailable' | 'selectedOptions'
> & {
  __typename: 'ProductVariant';
  price: MoneyFixture;
  compareAtPrice: MoneyFixture | null;
  image: ImageFixture | null;
  /** Prices per market country, for `@inContext(country:)`; the fake falls back to `price`. */
  marketPrices?: Record<string, MoneyFixture>;
};

export type ProductFixture = Pick<
  SF.Product,
  'id' | 'handle' | 'title' | 'vendor' | 'description' | 'descriptionHtml' | 'onlineStoreUrl' | 'tags'
> & {
  __typename: 'Product';
  images: { nodes: ImageFixture[] };
  options: (Pick<SF.ProductOption, 'name'> & { optionValues: Pick<SF.ProductOptionValue, 'name'>[] })[];
  variants: { nodes: VariantFixture[] };
  metafields: MetafieldFixture[];
};

let seq = 1000;

export function makeSfVariant(overrides: Partial<VariantFixture> = {}): VariantFixture {
  const n = ++seq;
  return {
    __typename: 'ProductVariant',
    id: `gid://shopify/ProductVariant/${n}`,
    title: 'M / Sand',
    sku: `SKU-${n}`,
    availableForSale: true,
    quantityAvailable: 10,
    selectedOptions: [
      { name: 'Size', value: 'M' },
      { name: 'Colour', value: 'Sand' },
    ],
    price: { amount: '59.0', currencyCode: 'GBP' },
    compareAtPrice: null,
    image: null,
    ...overrides,
  };
}

export function makeSfProduct(
  overrides: Partial<ProductFixture> & { handle: string; variants?: { nodes: VariantFixture[] } },
): ProductFixture {
  const n = ++seq;
  const variants = overrides.variants ?? { nodes: [makeSfVariant()] };
  return {
    __typename: 'Product',
    id: `gid://shopify/Product/${n}`,
    title: overrides.handle.replace(/-/g, ' '),
    vendor: 'Linen & Co',
    description: 'Breathable linen.',
    descriptionHtml: '<p>Breathable <strong>linen</strong>.</p>',
    onlineStoreUrl: `https://linen-and-co.example/products/${overrides.handle}`,
    tags: ['Apparel'],
    images: {
      nodes: [
        { url: `https://cdn.shopify.com/s/files/${overrides.handle}.jpg`, altText: 'Front', width: 800, height: 1000 },
      ],
    },
    options: [
      { name: 'Size', optionValues: [{ name: 'M' }] },
      { name: 'Colour', optionValues: [{ name: 'Sand' }] },
    ],
    metafields: [],
    ...overrides,
    variants,
  };
}

export function reviewMetafields(rating: string, count: string): MetafieldFixture[] {
  return [
    {
      namespace: 'reviews',
      key: 'rating',
      type: 'rating',
      value: JSON.stringify({ value: rating, scale_min: '1.0', scale_max: '5.0' }),
    },
    { namespace: 'reviews', key: 'rating_count', type: 'number_integer', value: count },
  ];
}

/** The cart object the fake returns; every field the schema could be asked for is typed from SF.Cart. */
export type CartFixture = Pick<SF.Cart, 'id' | 'checkoutUrl' | 'totalQuantity'> & {
  __typename: 'Cart';
  buyerIdentity: Pick<SF.CartBuyerIdentity, 'countryCode'>;
  cost: { subtotalAmount: MoneyFixture; totalAmount: MoneyFixture };
  discountCodes: Pick<SF.CartDiscountCode, 'code' | 'applicable'>[];
  attributes: Pick<SF.Attribute, 'key' | 'value'>[];
  lines: {
    nodes: (Pick<SF.CartLine, 'id' | 'quantity'> & {
      __typename: 'CartLine';
      cost: { amountPerQuantity: MoneyFixture; totalAmount: MoneyFixture };
      merchandise: Pick<VariantFixture, '__typename' | 'id' | 'title' | 'selectedOptions' | 'image'> & {
        product: Pick<SF.Product, 'title' | 'handle'>;
      };
    })[];
  };
};

export type CartUserErrorFixture = Pick<SF.CartUserError, 'code' | 'field' | 'message'>;
export type CartWarningFixture = Pick<SF.CartWarning, 'code' | 'message' | 'target'>;
