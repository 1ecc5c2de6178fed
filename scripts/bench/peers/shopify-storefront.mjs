// Fake Storefront API answers for Shopify's Buy Button JS (its JS Buy SDK asks for products by
// id and creates a cart), so its components render offline with local images.
const money = (amount) => ({ amount, currencyCode: 'GBP' });

function product(id, title, handle, image, origin) {
  const img = {
    id: `gid://shopify/ProductImage/${id}`,
    url: `${origin}/assets/${image}`,
    src: `${origin}/assets/${image}`,
    altText: title,
    width: 1200,
    height: 1500,
  };
  const variant = {
    id: `gid://shopify/ProductVariant/${id}1`,
    title: 'Default Title',
    price: money('59.0'),
    priceV2: money('59.0'),
    compareAtPrice: null,
    compareAtPriceV2: null,
    weight: 0.3,
    availableForSale: true,
    sku: `SKU-${id}`,
    image: img,
    selectedOptions: [{ name: 'Title', value: 'Default Title' }],
    unitPrice: null,
    unitPriceMeasurement: null,
    product: { id: `gid://shopify/Product/${id}`, handle },
  };
  return {
    __typename: 'Product',
    id: `gid://shopify/Product/${id}`,
    availableForSale: true,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    descriptionHtml: `<p>${title}, made to last.</p>`,
    description: `${title}, made to last.`,
    handle,
    productType: '',
    title,
    vendor: 'Demo',
    publishedAt: '2024-01-01T00:00:00Z',
    onlineStoreUrl: null,
    options: [{ id: `gid://shopify/ProductOption/${id}`, name: 'Title', values: ['Default Title'] }],
    images: { pageInfo: { hasNextPage: false, hasPreviousPage: false }, edges: [{ cursor: 'a', node: img }] },
    variants: { pageInfo: { hasNextPage: false, hasPreviousPage: false }, edges: [{ cursor: 'a', node: variant }] },
  };
}

const CATALOG = {
  'gid://shopify/Product/101': ['Sandbar Linen Shirt', 'sandbar-linen-shirt', 'sandbar-linen-shirt.jpg'],
  'gid://shopify/Product/102': ['Harbour Stoneware Mug', 'harbour-stoneware-mug', 'harbour-stoneware-mug.jpg'],
};

function cart() {
  return {
    id: 'gid://shopify/Cart/bench',
    checkoutUrl: 'https://127.0.0.1/checkout',
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    note: null,
    attributes: [],
    buyerIdentity: { countryCode: 'GB', email: null, phone: null, customer: null, deliveryAddressPreferences: [] },
    cost: {
      totalAmount: money('0.0'),
      subtotalAmount: money('0.0'),
      totalTaxAmount: null,
      totalDutyAmount: null,
      checkoutChargeAmount: money('0.0'),
    },
    discountCodes: [],
    discountAllocations: [],
    appliedGiftCards: [],
    totalQuantity: 0,
    lines: { pageInfo: { hasNextPage: false, hasPreviousPage: false }, edges: [] },
  };
}

/**
 * The answer to one Storefront GraphQL request.
 * @param {{ query?: string, variables?: Record<string, unknown> }} request
 * @param {string} origin where product images are served
 */
export function storefrontAnswer({ query = '', variables = {} }, origin) {
  const find = (id) => (CATALOG[id] ? product(id.split('/').pop(), ...CATALOG[id], origin) : null);
  if (/\bnodes\s*\(/.test(query)) return { data: { nodes: (variables.ids ?? []).map(find) } };
  if (/\bnode\s*\(/.test(query)) return { data: { node: find(variables.id) } };
  if (/cartCreate/.test(query)) return { data: { cartCreate: { cart: cart(), userErrors: [], warnings: [] } } };
  if (/\bcart\s*\(/.test(query)) return { data: { cart: null } };
  if (/\bshop\b/.test(query))
    return { data: { shop: { name: 'Demo', currencyCode: 'GBP', paymentSettings: { currencyCode: 'GBP' } } } };
  return { data: {} };
}
