// Reads what the shop really recorded, through the Vendure Admin API of the demo backend
// (superadmin / superadmin): the order a checkout placed and the stock it took.

/** An order as the Admin API reports it. */
export interface AdminOrder {
  code: string;
  state: string;
  totalWithTax: number;
  customer: { emailAddress: string } | null;
  shippingAddress: { fullName: string | null; city: string | null; countryCode: string | null };
  lines: { quantity: number; productVariant: { sku: string } }[];
}

/**
 * A logged-in Admin API client for the demo backend.
 *
 * @example
 * const admin = await adminClient(demo.adminApi);
 * const order = await admin.order('AB12CD34');
 */
export async function adminClient(adminApi: string) {
  const login = await fetch(adminApi, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(username: "superadmin", password: "superadmin") { ... on CurrentUser { id } } }',
    }),
  });
  const token = login.headers.get('vendure-auth-token');
  if (!token) throw new Error(`Admin login failed: ${await login.text()}`);

  async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(adminApi, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: text, variables }),
    });
    const json = (await res.json()) as { data?: T; errors?: { message: string }[] };
    if (json.errors?.length || !json.data) throw new Error(`Admin API: ${JSON.stringify(json.errors)}`);
    return json.data;
  }

  return {
    /** Units that can still be sold: on hand minus allocated to placed orders. */
    async saleableStock(sku: string): Promise<number> {
      const data = await query<{ productVariants: { items: { stockOnHand: number; stockAllocated: number }[] } }>(
        'query($sku: String!) { productVariants(options: { filter: { sku: { eq: $sku } } }) { items { stockOnHand stockAllocated } } }',
        { sku },
      );
      const item = data.productVariants.items[0];
      if (!item) throw new Error(`No variant with SKU ${sku}`);
      return item.stockOnHand - item.stockAllocated;
    },
    /** The order with this code, or `undefined`. */
    async order(code: string): Promise<AdminOrder | undefined> {
      const data = await query<{ orders: { items: AdminOrder[] } }>(
        `query($code: String!) { orders(options: { filter: { code: { eq: $code } } }) { items {
          code state totalWithTax customer { emailAddress }
          shippingAddress { fullName city countryCode }
          lines { quantity productVariant { sku } } } } }`,
        { code },
      );
      return data.orders.items[0];
    },
  };
}
