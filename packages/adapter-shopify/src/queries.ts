/**
 * Every GraphQL document the adapter sends to the Storefront API. Each operation carries
 * `@inContext(country:, language:)` so prices, currency and translations follow the shopper's market.
 * The test suite validates all of them against the Storefront schema of {@link SHOPIFY_API_VERSION}.
 * Documents marked `/* GraphQL *\/` are minified by the build (scripts/minify-graphql.mjs).
 *
 * @module
 */

const MONEY = 'amount currencyCode';
const IMAGE = 'url altText width height';

/** Context variables every operation declares; `null` leaves the shop's default market. */
const CONTEXT_VARIABLES = '$country: CountryCode, $language: LanguageCode';
const IN_CONTEXT = '@inContext(country: $country, language: $language)';

/**
 * The product fields Shoplet maps onto its `Product`, as a fragment on `Product`.
 * Two fields need scopes a token may lack (`quantityAvailable`: `unauthenticated_read_product_inventory`;
 * `tags`: `unauthenticated_read_product_tags`), so they sit behind `$withInventory` and `$withTags` and
 * the adapter drops one when Shopify refuses it.
 *
 * @example
 * const doc = `${PRODUCT_FRAGMENT} query { product(handle: "linen-shirt") { ...ShopletProduct } }`;
 */
export const PRODUCT_FRAGMENT = /* GraphQL */ `fragment ShopletProduct on Product {
  id handle title vendor description descriptionHtml onlineStoreUrl
  tags @include(if: $withTags)
  images(first: 20) { nodes { ${IMAGE} } }
  options(first: 10) { name optionValues { name } }
  variants(first: 100) {
    nodes {
      id title sku availableForSale
      quantityAvailable @include(if: $withInventory)
      selectedOptions { name value }
      price { ${MONEY} }
      compareAtPrice { ${MONEY} }
      image { ${IMAGE} }
    }
  }
  rating: metafield(namespace: "reviews", key: "rating") { value }
  ratingCount: metafield(namespace: "reviews", key: "rating_count") { value }
}`;

/**
 * The cart fields Shoplet maps onto its `Cart`, as a fragment on `Cart`.
 *
 * @example
 * const doc = `${CART_FRAGMENT} query($id: ID!) { cart(id: $id) { ...ShopletCart } }`;
 */
export const CART_FRAGMENT = /* GraphQL */ `fragment ShopletCart on Cart {
  id checkoutUrl totalQuantity
  buyerIdentity { countryCode }
  cost { subtotalAmount { ${MONEY} } totalAmount { ${MONEY} } }
  discountCodes { code applicable }
  attributes { key value }
  lines(first: 250) {
    nodes {
      id quantity
      cost { amountPerQuantity { ${MONEY} } totalAmount { ${MONEY} } }
      merchandise {
        ... on ProductVariant {
          id title
          selectedOptions { name value }
          image { ${IMAGE} }
          product { title handle }
        }
      }
    }
  }
}`;

/**
 * Most products one request asks for; larger batches are split so a query stays within Shopify's cost limit.
 *
 * @example
 * const requests = Math.ceil(refs.length / MAX_PRODUCTS_PER_QUERY);
 */
export const MAX_PRODUCTS_PER_QUERY = 25;

/**
 * Longest handle or id looked up: longer ones name no product and would only weigh on the request.
 *
 * @example
 * if (handle.length > MAX_REF_LENGTH) console.warn('not a handle');
 */
export const MAX_REF_LENGTH = 256;

/**
 * Builds the one query that fetches a batch of products: an aliased `product(handle:)` field per handle
 * (`h0`, `h1`, …) and one `nodes(ids:)` field for all ids.
 *
 * @example
 * const { query, variables } = productsQuery(['linen-shirt', 'mug'], ['gid://shopify/Product/1']);
 */
export function productsQuery(
  handles: readonly string[],
  ids: readonly string[],
): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [CONTEXT_VARIABLES, '$withInventory: Boolean!', '$withTags: Boolean!'];
  const fields: string[] = [];
  handles.forEach((handle, i) => {
    declarations.push(`$h${i}: String!`);
    fields.push(`h${i}: product(handle: $h${i}) { ...ShopletProduct }`);
    variables[`h${i}`] = handle;
  });
  if (ids.length) {
    declarations.push('$ids: [ID!]!');
    fields.push('nodes(ids: $ids) { __typename ... on Product { ...ShopletProduct } }');
    variables.ids = ids;
  }
  if (!fields.length) throw new RangeError('productsQuery needs at least one handle or id');
  const query = /* GraphQL */ `query ShopletProducts(${declarations.join(', ')}) ${IN_CONTEXT} {\n  ${fields.join('\n  ')}\n}\n${PRODUCT_FRAGMENT}`;
  return { query, variables };
}

/** The fields every cart mutation returns. */
const PAYLOAD = /* GraphQL */ `cart { ...ShopletCart }
    userErrors { code field message }
    warnings { code message target }`;

function mutation(name: string, args: string, call: string): string {
  return /* GraphQL */ `mutation Shoplet${name[0]!.toUpperCase()}${name.slice(1)}(${args}, ${CONTEXT_VARIABLES}) ${IN_CONTEXT} {
  result: ${name}(${call}) {
    ${PAYLOAD}
  }
}
${CART_FRAGMENT}`;
}

/**
 * Reads a cart; `cart` is `null` once Shopify no longer knows it (expired or completed).
 *
 * @example
 * await transport.graphql(endpoint, CART_QUERY, { id: cartId, country: 'GB', language: 'EN' }, { idempotent: true });
 */
export const CART_QUERY = /* GraphQL */ `query ShopletCart($id: ID!, ${CONTEXT_VARIABLES}) ${IN_CONTEXT} {
  cart(id: $id) { ...ShopletCart }
}
${CART_FRAGMENT}`;

/**
 * Creates a cart with lines, attributes and the buyer's country.
 *
 * @example
 * const vars = { input: { lines: [{ merchandiseId: variantId, quantity: 1 }], buyerIdentity: { countryCode: 'GB' } } };
 */
export const CART_CREATE = mutation('cartCreate', '$input: CartInput!', 'input: $input');

/**
 * Adds lines to a cart.
 *
 * @example
 * const vars = { cartId, lines: [{ merchandiseId: 'gid://shopify/ProductVariant/1', quantity: 2 }] };
 */
export const CART_LINES_ADD = mutation(
  'cartLinesAdd',
  '$cartId: ID!, $lines: [CartLineInput!]!',
  'cartId: $cartId, lines: $lines',
);

/**
 * Changes quantities of cart lines.
 *
 * @example
 * const vars = { cartId, lines: [{ id: lineId, quantity: 3 }] };
 */
export const CART_LINES_UPDATE = mutation(
  'cartLinesUpdate',
  '$cartId: ID!, $lines: [CartLineUpdateInput!]!',
  'cartId: $cartId, lines: $lines',
);

/**
 * Removes cart lines.
 *
 * @example
 * const vars = { cartId, lineIds: [lineId] };
 */
export const CART_LINES_REMOVE = mutation(
  'cartLinesRemove',
  '$cartId: ID!, $lineIds: [ID!]!',
  'cartId: $cartId, lineIds: $lineIds',
);

/**
 * Replaces the cart's discount codes (an empty list removes them all).
 *
 * @example
 * const vars = { cartId, discountCodes: ['SUMMER10'] };
 */
export const CART_DISCOUNT_CODES_UPDATE = mutation(
  'cartDiscountCodesUpdate',
  '$cartId: ID!, $discountCodes: [String!]!',
  'cartId: $cartId, discountCodes: $discountCodes',
);

/**
 * Sets the cart's custom attributes (creator attribution lives here).
 *
 * @example
 * const vars = { cartId, attributes: [{ key: '_shoplet_ref', value: 'ana' }] };
 */
export const CART_ATTRIBUTES_UPDATE = mutation(
  'cartAttributesUpdate',
  '$cartId: ID!, $attributes: [AttributeInput!]!',
  'cartId: $cartId, attributes: $attributes',
);

/**
 * Moves the cart to another market: Shopify reprices it in that country's currency.
 *
 * @example
 * const vars = { cartId, buyerIdentity: { countryCode: 'DE' } };
 */
export const CART_BUYER_IDENTITY_UPDATE = mutation(
  'cartBuyerIdentityUpdate',
  '$cartId: ID!, $buyerIdentity: CartBuyerIdentityInput!',
  'cartId: $cartId, buyerIdentity: $buyerIdentity',
);

/**
 * Every fixed document, by operation, for tooling and for the schema test.
 *
 * @example
 * for (const [name, doc] of Object.entries(CART_DOCUMENTS)) validate(schema, parse(doc));
 */
export const CART_DOCUMENTS = {
  cart: CART_QUERY,
  cartCreate: CART_CREATE,
  cartLinesAdd: CART_LINES_ADD,
  cartLinesUpdate: CART_LINES_UPDATE,
  cartLinesRemove: CART_LINES_REMOVE,
  cartDiscountCodesUpdate: CART_DISCOUNT_CODES_UPDATE,
  cartAttributesUpdate: CART_ATTRIBUTES_UPDATE,
  cartBuyerIdentityUpdate: CART_BUYER_IDENTITY_UPDATE,
} as const;
