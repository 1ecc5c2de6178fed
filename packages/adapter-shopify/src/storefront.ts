import {
  type Cart,
  type CartLineInput,
  type GraphQLErrorEntry,
  type Product,
  type ProductRef,
  ShopletError,
  type Transport,
} from '@shoplet/core';
import { warnOnce } from '@shoplet/core/internal';
import { type CartUserErrorLike, type CartWarningLike, throwCartProblems } from './errors.js';
import { toGid } from './ids.js';
import { type SfCart, type SfProduct, toCart, toProduct } from './map.js';
import type { ResolvedShopifyOptions } from './options.js';
import {
  CART_ATTRIBUTES_UPDATE,
  CART_BUYER_IDENTITY_UPDATE,
  CART_CREATE,
  CART_DISCOUNT_CODES_UPDATE,
  CART_LINES_ADD,
  CART_LINES_REMOVE,
  CART_LINES_UPDATE,
  CART_QUERY,
  MAX_PRODUCTS_PER_QUERY,
  MAX_REF_LENGTH,
  productsQuery,
} from './queries.js';

/**
 * The market every operation runs in (`@inContext` variables), read at call time so a market change
 * applies to the next request.
 *
 * @example
 * const market: MarketSource = () => ({ country: 'GB', language: 'EN' });
 */
export type MarketSource = () => { country: string | undefined; language: string | undefined };

interface MutationPayload {
  result: { cart: SfCart | null; userErrors: CartUserErrorLike[]; warnings: CartWarningLike[] } | null;
}

/** The scoped field Shopify refused (`ACCESS_DENIED` names it in the message or path), if any. */
function deniedField<F extends string>(err: unknown, fields: readonly F[]): F | undefined {
  if (!(err instanceof ShopletError) || !Array.isArray(err.cause)) return undefined;
  for (const e of err.cause as GraphQLErrorEntry[]) {
    const found = fields.find((f) => e.path?.at(-1) === f || new RegExp(`\\b${f}\\b`).test(e.message));
    if (found && (e.extensions?.code === 'ACCESS_DENIED' || /access denied/i.test(e.message))) return found;
  }
  return undefined;
}

/** How many product requests run at once. */
const CONCURRENT_REQUESTS = 4;

/** A ref as the user passed it, short enough to print in a warning. */
function describeRef(ref: unknown): string {
  const text = JSON.stringify(ref) ?? String(ref);
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length} characters)` : text;
}

/**
 * Whether a ref can name a product: a handle or a product id no longer than {@link MAX_REF_LENGTH}.
 * Says why not in development; such a ref is answered `null` without asking Shopify.
 */
function canName(ref: ProductRef, index: number): boolean {
  const value = typeof ref === 'string' ? ref : (ref as { id?: unknown } | null)?.id;
  if (typeof value !== 'string' || value === '' || (typeof ref !== 'string' && !toGid('Product', value))) {
    warnOnce('unknown-product', `refs[${index}] is not a product handle or { id }: ${describeRef(ref)}.`);
    return false;
  }
  if (value.length > MAX_REF_LENGTH) {
    warnOnce(
      'unknown-product',
      `refs[${index}] is longer than ${MAX_REF_LENGTH} characters, so it names no product: ${describeRef(ref)}.`,
    );
    return false;
  }
  return true;
}

function variantGid(variantId: string, field: string): string {
  const gid = toGid('ProductVariant', variantId);
  if (!gid) {
    throw new ShopletError(
      'invalid_input',
      `"${variantId}" is not a Shopify variant id. Use the variant's id from the product (gid://shopify/ProductVariant/…).`,
      { field },
    );
  }
  return gid;
}

function checkQuantity(quantity: number, field: string, min: number): void {
  if (!Number.isInteger(quantity) || quantity < min) {
    throw new ShopletError('invalid_input', `Quantity must be a whole number of at least ${min} (got ${quantity}).`, {
      field,
    });
  }
}

/**
 * The Storefront API operations of the adapter: product batches and the Storefront cart.
 *
 * @example
 * const sf = createStorefront(resolveOptions({ domain, token }), () => transport, () => ({ country: 'GB', language: 'EN' }));
 * const [shirt] = await sf.getProducts(['linen-shirt']);
 */
export function createStorefront(options: ResolvedShopifyOptions, transport: () => Transport, market: MarketSource) {
  const headers = { 'X-Shopify-Storefront-Access-Token': options.token };
  // Stock and tags need scopes a token may lack; Shopify then rejects the whole query, so each
  // refusal switches that field off for this adapter and the batch is asked again.
  const optional = { withInventory: true, withTags: true };
  const FIELD_FLAG = { quantityAvailable: 'withInventory', tags: 'withTags' } as const;

  function run<T>(query: string, variables: Record<string, unknown>, idempotent: boolean): Promise<T> {
    // `variables` may pin the market for one call (setMarket asks in the market it moves to).
    return transport().graphql<T>(options.endpoint, query, { ...market(), ...variables }, { idempotent, headers });
  }

  async function fetchProducts(handles: string[], ids: string[]): Promise<Record<string, unknown>> {
    const { query, variables } = productsQuery(handles, ids);
    for (;;) {
      try {
        return await run<Record<string, unknown>>(query, { ...variables, ...optional }, true);
      } catch (err) {
        const enabled = (Object.keys(FIELD_FLAG) as (keyof typeof FIELD_FLAG)[]).filter((f) => optional[FIELD_FLAG[f]]);
        const field = deniedField(err, enabled);
        if (!field) throw err;
        optional[FIELD_FLAG[field]] = false;
      }
    }
  }

  /** One batch of refs (at most `MAX_PRODUCTS_PER_QUERY`): the products, by position in `batch`. */
  async function fetchBatch(batch: { ref: ProductRef; index: number }[]): Promise<Map<number, Product>> {
    const handles: string[] = [];
    const ids: string[] = [];
    const slots = batch.map(({ ref, index }) => {
      if (typeof ref === 'string') {
        let i = handles.indexOf(ref);
        if (i < 0) i = handles.push(ref) - 1;
        return { kind: 'h' as const, i, index, ref };
      }
      // Checked before: a malformed id would make Shopify reject the whole batch.
      const gid = toGid('Product', ref.id)!;
      let i = ids.indexOf(gid);
      if (i < 0) i = ids.push(gid) - 1;
      return { kind: 'id' as const, i, index, ref };
    });
    const data = await fetchProducts(handles, ids);
    const nodes = (data.nodes ?? []) as ({ __typename?: string } | null)[];
    const found = new Map<number, Product>();
    for (const slot of slots) {
      const raw = slot.kind === 'h' ? data[`h${slot.i}`] : nodes[slot.i];
      if (!raw || (slot.kind === 'id' && (raw as { __typename?: string }).__typename !== 'Product')) continue;
      try {
        found.set(slot.index, toProduct(raw as SfProduct));
      } catch (err) {
        warnOnce('product-error', `the data of product ${JSON.stringify(slot.ref)} could not be read: ${err}`);
      }
    }
    return found;
  }

  /**
   * Products in the order asked, `null` where Shopify has none, where a ref cannot name one, or
   * where a product's data cannot be read: one bad ref or product never takes the others down.
   */
  async function getProducts(refs: ProductRef[]): Promise<(Product | null)[]> {
    const results: (Product | null)[] = refs.map(() => null);
    const asked = refs.flatMap((ref, index) => (canName(ref, index) ? [{ ref, index }] : []));
    const batches: (typeof asked)[] = [];
    for (let start = 0; start < asked.length; start += MAX_PRODUCTS_PER_QUERY) {
      batches.push(asked.slice(start, start + MAX_PRODUCTS_PER_QUERY));
    }
    // A few requests at a time: thousands of refs must not flood the shop.
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        for (const [index, product] of await fetchBatch(batches[next++]!)) results[index] = product;
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_REQUESTS, batches.length) }, worker));
    return results;
  }

  async function mutate(operation: string, query: string, variables: Record<string, unknown>): Promise<Cart> {
    const data = await run<MutationPayload>(query, variables, false);
    const payload = data.result;
    const cart = payload?.cart ? toCart(payload.cart) : null;
    throwCartProblems(operation, payload?.userErrors ?? [], payload?.warnings ?? [], cart);
    if (!cart) {
      throw new ShopletError('not_found', `Shopify returned no cart from ${operation}: the cart no longer exists.`, {
        cause: payload,
      });
    }
    return cart;
  }

  const linesInput = (lines: CartLineInput[]) =>
    lines.map((l, i) => {
      checkQuantity(l.quantity, `lines[${i}].quantity`, 1);
      return { merchandiseId: variantGid(l.variantId, `lines[${i}].variantId`), quantity: l.quantity };
    });
  const attributesInput = (attributes: Record<string, string>) =>
    Object.entries(attributes).map(([key, value]) => ({ key, value: String(value) }));

  return {
    getProducts,

    async createCart(input: { lines?: CartLineInput[]; attributes?: Record<string, string> }): Promise<Cart> {
      const { country } = market();
      return mutate('cartCreate', CART_CREATE, {
        input: {
          lines: linesInput(input.lines ?? []),
          ...(input.attributes ? { attributes: attributesInput(input.attributes) } : {}),
          ...(country ? { buyerIdentity: { countryCode: country } } : {}),
        },
      });
    },

    async getCart(cartId: string): Promise<Cart | null> {
      const data = await run<{ cart: SfCart | null }>(CART_QUERY, { id: cartId }, true);
      return data.cart ? toCart(data.cart) : null;
    },

    async addLines(cartId: string, lines: CartLineInput[]): Promise<Cart> {
      return mutate('cartLinesAdd', CART_LINES_ADD, { cartId, lines: linesInput(lines) });
    },

    async updateLines(cartId: string, lines: { id: string; quantity: number }[]): Promise<Cart> {
      lines.forEach((l, i) => {
        checkQuantity(l.quantity, `lines[${i}].quantity`, 0);
      });
      return mutate('cartLinesUpdate', CART_LINES_UPDATE, {
        cartId,
        lines: lines.map((l) => ({ id: l.id, quantity: l.quantity })),
      });
    },

    async removeLines(cartId: string, lineIds: string[]): Promise<Cart> {
      return mutate('cartLinesRemove', CART_LINES_REMOVE, { cartId, lineIds });
    },

    async applyDiscount(cartId: string, codes: string[]): Promise<Cart> {
      return mutate('cartDiscountCodesUpdate', CART_DISCOUNT_CODES_UPDATE, {
        cartId,
        discountCodes: codes.map((c) => c.trim()).filter(Boolean),
      });
    },

    async setAttributes(cartId: string, attributes: Record<string, string>): Promise<Cart> {
      return mutate('cartAttributesUpdate', CART_ATTRIBUTES_UPDATE, {
        cartId,
        attributes: attributesInput(attributes),
      });
    },

    async setMarket(cartId: string, country: string): Promise<Cart> {
      return mutate('cartBuyerIdentityUpdate', CART_BUYER_IDENTITY_UPDATE, {
        country,
        cartId,
        buyerIdentity: { countryCode: country },
      });
    },
  };
}

/**
 * The Storefront API operations {@link createStorefront} returns.
 *
 * @example
 * let sf: Storefront;
 */
export type Storefront = ReturnType<typeof createStorefront>;
