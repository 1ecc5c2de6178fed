/** A tiny GraphQL client for the tests: keeps the session token like a browser client would. */
// biome-ignore lint/suspicious/noExplicitAny: response shapes are checked by the assertions
type Data = Record<string, any>;

export function graphqlClient(endpoint: string, origin?: string) {
  let token: string | undefined;
  const call = async <T = Data>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (origin) headers.origin = origin;
    const res = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    call.lastHeaders = res.headers;
    token = res.headers.get('vendure-auth-token') ?? token;
    const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data as T;
  };
  call.lastHeaders = new Headers();
  return call;
}

/** Logs in as the seeded superadmin and returns an Admin API client. */
export async function adminClient(endpoint: string) {
  const admin = graphqlClient(endpoint);
  await admin('mutation { login(username: "superadmin", password: "superadmin") { ... on CurrentUser { id } } }');
  return admin;
}

/**
 * Saleable stock of a variant by SKU (on hand minus allocated to paid, unfulfilled orders), read
 * through the Admin API. Vendure allocates stock when an order is paid and takes it off
 * `stockOnHand` only on fulfilment.
 */
export async function saleableStock(admin: ReturnType<typeof graphqlClient>, sku: string): Promise<number> {
  const data = await admin<{ productVariants: { items: { stockOnHand: number; stockAllocated: number }[] } }>(
    'query($sku: String!) { productVariants(options: { filter: { sku: { eq: $sku } } }) { items { stockOnHand stockAllocated } } }',
    { sku },
  );
  const variant = data.productVariants.items[0];
  if (!variant) throw new Error(`No variant with SKU ${sku}`);
  return variant.stockOnHand - variant.stockAllocated;
}

/** Variant id by SKU, read through the Shop API. */
export async function variantId(shop: ReturnType<typeof graphqlClient>, slug: string, sku: string): Promise<string> {
  const data = await shop<{ product: { variants: { id: string; sku: string }[] } }>(
    'query($slug: String!) { product(slug: $slug) { variants { id sku } } }',
    { slug },
  );
  const variant = data.product.variants.find((v) => v.sku === sku);
  if (!variant) throw new Error(`No variant ${sku} on ${slug}`);
  return variant.id;
}

/** Guest checkout through the Shop API with the demo payment; resolves with the final order. */
export async function guestCheckout(shop: ReturnType<typeof graphqlClient>, lines: { id: string; quantity: number }[]) {
  for (const line of lines) {
    const { addItemToOrder } = await shop(
      'mutation($id: ID!, $q: Int!) { addItemToOrder(productVariantId: $id, quantity: $q) { __typename ... on ErrorResult { message } } }',
      { id: line.id, q: line.quantity },
    );
    if (addItemToOrder.__typename !== 'Order') throw new Error(addItemToOrder.message);
  }
  await shop(
    'mutation { setCustomerForOrder(input: { emailAddress: "guest@example.com", firstName: "Ada", lastName: "Guest" }) { __typename } }',
  );
  await shop(
    'mutation { setOrderShippingAddress(input: { fullName: "Ada Guest", streetLine1: "1 Harbour Row", city: "Bristol", postalCode: "BS1 4RN", countryCode: "GB" }) { __typename } }',
  );
  const { eligibleShippingMethods } = await shop('{ eligibleShippingMethods { id code } }');
  const standard = eligibleShippingMethods.find((m: { code: string }) => m.code === 'standard');
  await shop('mutation($id: [ID!]!) { setOrderShippingMethod(shippingMethodId: $id) { __typename } }', {
    id: [standard.id],
  });
  const { transitionOrderToState } = await shop(
    'mutation { transitionOrderToState(state: "ArrangingPayment") { __typename ... on ErrorResult { message } } }',
  );
  if (transitionOrderToState.__typename !== 'Order') throw new Error(transitionOrderToState.message);
  const { addPaymentToOrder } = await shop(
    'mutation { addPaymentToOrder(input: { method: "demo-payment", metadata: {} }) { __typename ... on Order { code state totalWithTax payments { state method } } ... on ErrorResult { message } } }',
  );
  if (addPaymentToOrder.__typename !== 'Order') throw new Error(addPaymentToOrder.message);
  return addPaymentToOrder as {
    code: string;
    state: string;
    totalWithTax: number;
    payments: { state: string; method: string }[];
  };
}
