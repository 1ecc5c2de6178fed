// An in-memory Shopify Storefront API that executes the adapter's real documents against the real
// Storefront schema (graphql-js `execute`), so responses contain exactly the fields a query selects.
// Invalid documents are answered with HTTP 400 like a mistyped field would fail against Shopify.
// Browser-safe (no Node APIs): examples/shopify runs it in msw's service worker mode.
import {
  defaultFieldResolver,
  execute,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';
import { HttpResponse, http } from 'msw';
import type {
  CartFixture,
  CartUserErrorFixture,
  CartWarningFixture,
  MoneyFixture,
  ProductFixture,
  VariantFixture,
} from './fixtures.js';

export const DOMAIN = 'linen-and-co.myshopify.com';
export const TOKEN = 'public-storefront-token';

const digits = (currency: string) => (currency === 'JPY' ? 0 : currency === 'KWD' ? 3 : 2);
const toMinor = (m: MoneyFixture): number => {
  const [whole, fraction = ''] = String(m.amount).split('.');
  const d = digits(m.currencyCode);
  return Number(whole) * 10 ** d + Number(fraction.padEnd(d, '0').slice(0, d) || '0');
};
const toDecimal = (minor: number, currencyCode: string): MoneyFixture => {
  const d = digits(currencyCode);
  return {
    amount: d ? (minor / 10 ** d).toFixed(d) : String(minor),
    currencyCode: currencyCode as MoneyFixture['currencyCode'],
  };
};

interface FakeCart {
  id: string;
  lines: { id: string; variantId: string; quantity: number }[];
  attributes: { key: string; value: string }[];
  discountCodes: string[];
  country: string | undefined;
}

export interface RecordedRequest {
  operationName: string | undefined;
  query: string;
  variables: Record<string, unknown>;
  inContext: { country?: unknown; language?: unknown };
  token: string | null;
}

type Payload = { cart: CartFixture | null; userErrors: CartUserErrorFixture[]; warnings: CartWarningFixture[] };

export class FakeStorefront {
  products: ProductFixture[] = [];
  carts = new Map<string, FakeCart>();
  requests: RecordedRequest[] = [];
  /** Answer the next N operations with a GraphQL THROTTLED error. */
  throttleNext = 0;
  /** Answer the next N requests with HTTP 429. */
  http429Next = 0;
  /** Whether the token may read `quantityAvailable`. */
  inventoryScope = true;
  /** Whether the token may read product `tags`. */
  tagsScope = true;
  discounts: Record<string, number> = { SUMMER10: 10 };
  private seq = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    products: ProductFixture[] = [],
  ) {
    this.products = products;
  }

  handlers(domain = DOMAIN) {
    return [http.post(`https://${domain}/api/:version/graphql.json`, ({ request }) => this.handle(request))];
  }

  variant(id: string): { product: ProductFixture; variant: VariantFixture } | undefined {
    for (const product of this.products) {
      const variant = product.variants.nodes.find((v) => v.id === id);
      if (variant) return { product, variant };
    }
    return undefined;
  }

  /** Makes Shopify forget a cart, as when it expires. */
  expire(cartId: string): void {
    this.carts.delete(cartId);
  }

  private async handle(request: Request): Promise<Response> {
    const token = request.headers.get('x-shopify-storefront-access-token');
    if (token !== TOKEN) return HttpResponse.json({ errors: 'Unauthorized' }, { status: 401 });
    if (this.http429Next > 0) {
      this.http429Next--;
      return HttpResponse.json({ errors: 'Too many requests' }, { status: 429, headers: { 'Retry-After': '0' } });
    }
    const body = (await request.json()) as { query: string; variables?: Record<string, unknown> };
    let document: ReturnType<typeof parse>;
    try {
      document = parse(body.query);
    } catch (err) {
      return HttpResponse.json({ errors: [{ message: String(err) }] }, { status: 400 });
    }
    const errors = validate(this.schema, document);
    if (errors.length) {
      return HttpResponse.json({ errors: errors.map((e) => ({ message: e.message })) }, { status: 400 });
    }
    const variables = body.variables ?? {};
    const operation = document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const inContext: RecordedRequest['inContext'] = {};
    for (const arg of operation?.directives?.find((d) => d.name.value === 'inContext')?.arguments ?? []) {
      const value =
        arg.value.kind === Kind.VARIABLE ? variables[arg.value.name.value] : (arg.value as { value?: unknown }).value;
      inContext[arg.name.value as 'country' | 'language'] = value;
    }
    this.requests.push({ operationName: operation?.name?.value, query: body.query, variables, inContext, token });
    if (this.throttleNext > 0) {
      this.throttleNext--;
      return HttpResponse.json({
        errors: [
          {
            message: 'Throttled',
            extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' },
          },
        ],
      });
    }
    const denied = [
      ['quantityAvailable', 'withInventory', this.inventoryScope, 'unauthenticated_read_product_inventory'],
      ['tags', 'withTags', this.tagsScope, 'unauthenticated_read_product_tags'],
    ] as const;
    for (const [field, flag, allowed, scope] of denied) {
      if (!allowed && variables[flag] === true && new RegExp(`\\b${field}\\b`).test(body.query)) {
        return HttpResponse.json({
          data: null,
          errors: [
            {
              message: `Access denied for ${field} field. Required access: \`${scope}\` access scope.`,
              locations: [{ line: 1, column: 1 }],
              path: ['h0', field],
              extensions: { code: 'ACCESS_DENIED', documentation: 'https://shopify.dev/api/usage/access-scopes' },
            },
          ],
        });
      }
    }
    const country = typeof inContext.country === 'string' ? inContext.country : undefined;
    const result = await execute({
      schema: this.schema,
      document,
      variableValues: variables,
      rootValue: this.root(country),
      fieldResolver: metafieldResolver,
    });
    return HttpResponse.json(JSON.parse(JSON.stringify(result)));
  }

  private priced(variant: VariantFixture, country: string | undefined): VariantFixture {
    return { ...variant, price: (country && variant.marketPrices?.[country]) || variant.price };
  }

  private productIn(product: ProductFixture, country: string | undefined): ProductFixture {
    return { ...product, variants: { nodes: product.variants.nodes.map((v) => this.priced(v, country)) } };
  }

  cartFixture(cart: FakeCart): CartFixture {
    const lines = cart.lines.map((line) => {
      const found = this.variant(line.variantId)!;
      const unit = this.priced(found.variant, cart.country).price;
      return {
        __typename: 'CartLine' as const,
        id: line.id,
        quantity: line.quantity,
        cost: { amountPerQuantity: unit, totalAmount: toDecimal(toMinor(unit) * line.quantity, unit.currencyCode) },
        merchandise: {
          __typename: 'ProductVariant' as const,
          id: found.variant.id,
          title: found.variant.title,
          selectedOptions: found.variant.selectedOptions,
          image: found.variant.image,
          product: { title: found.product.title, handle: found.product.handle },
        },
      };
    });
    const currency = lines[0]?.cost.amountPerQuantity.currencyCode ?? (cart.country === 'DE' ? 'EUR' : 'GBP');
    const subtotal = lines.reduce((sum, l) => sum + toMinor(l.cost.totalAmount), 0);
    const percent = cart.discountCodes.reduce((p, code) => p + (this.discounts[code.toUpperCase()] ?? 0), 0);
    const total = subtotal - Math.round((subtotal * percent) / 100);
    const key = cart.id.slice(cart.id.lastIndexOf('/') + 1);
    return {
      __typename: 'Cart',
      id: cart.id,
      checkoutUrl: `https://linen-and-co.example/cart/c/${key}`,
      totalQuantity: cart.lines.reduce((n, l) => n + l.quantity, 0),
      buyerIdentity: {
        countryCode: (cart.country ?? null) as NonNullable<CartFixture['buyerIdentity']['countryCode']> | null,
      },
      cost: { subtotalAmount: toDecimal(subtotal, currency), totalAmount: toDecimal(total, currency) },
      discountCodes: cart.discountCodes.map((code) => ({ code, applicable: code.toUpperCase() in this.discounts })),
      attributes: cart.attributes,
      lines: { nodes: lines },
    };
  }

  private addLines(cart: FakeCart, lines: { merchandiseId: string; quantity?: number }[]): Payload {
    const userErrors: CartUserErrorFixture[] = [];
    const warnings: CartWarningFixture[] = [];
    lines.forEach((input, i) => {
      const found = this.variant(input.merchandiseId);
      if (!found) {
        userErrors.push({
          code: 'INVALID',
          field: ['lines', String(i), 'merchandiseId'],
          message: `The merchandise with id ${input.merchandiseId} does not exist.`,
        });
      }
    });
    if (userErrors.length) return { cart: null, userErrors, warnings };
    for (const input of lines) {
      const { variant, product } = this.variant(input.merchandiseId)!;
      const existing = cart.lines.find((l) => l.variantId === variant.id);
      const inCart = existing?.quantity ?? 0;
      const wanted = input.quantity ?? 1;
      const left = (variant.quantityAvailable ?? Number.POSITIVE_INFINITY) - inCart;
      const added = Math.max(0, Math.min(wanted, left));
      if (left <= 0) {
        warnings.push({
          code: 'MERCHANDISE_OUT_OF_STOCK',
          message: `${product.title} is out of stock.`,
          target: variant.id,
        });
      } else if (added < wanted) {
        warnings.push({
          code: 'MERCHANDISE_NOT_ENOUGH_STOCK',
          message: `Only ${added} items were added to your cart due to availability.`,
          target: variant.id,
        });
      }
      if (!added) continue;
      if (existing) existing.quantity += added;
      else
        cart.lines.push({
          id: `gid://shopify/CartLine/${++this.seq}?cart=${cart.id}`,
          variantId: variant.id,
          quantity: added,
        });
    }
    return { cart: this.cartFixture(cart), userErrors, warnings };
  }

  private withCart(cartId: string, fn: (cart: FakeCart) => Payload | undefined): Payload {
    const cart = this.carts.get(cartId);
    if (!cart) {
      return {
        cart: null,
        userErrors: [{ code: 'INVALID', field: ['cartId'], message: 'The specified cart does not exist.' }],
        warnings: [],
      };
    }
    return fn(cart) ?? { cart: this.cartFixture(cart), userErrors: [], warnings: [] };
  }

  private root(country: string | undefined) {
    type Input = { merchandiseId: string; quantity?: number };
    return {
      product: ({ handle, id }: { handle?: string; id?: string }) => {
        const p = this.products.find((x) => (handle ? x.handle === handle : x.id === id));
        return p ? this.productIn(p, country) : null;
      },
      nodes: ({ ids }: { ids: string[] }) =>
        ids.map((id) => {
          const p = this.products.find((x) => x.id === id);
          if (p) return this.productIn(p, country);
          return this.variant(id)?.variant ?? null;
        }),
      cart: ({ id }: { id: string }) => {
        const cart = this.carts.get(id);
        return cart ? this.cartFixture(cart) : null;
      },
      cartCreate: ({
        input,
      }: {
        input: {
          lines?: Input[];
          attributes?: { key: string; value: string }[];
          buyerIdentity?: { countryCode?: string };
        };
      }) => {
        const cart: FakeCart = {
          id: `gid://shopify/Cart/c1-${++this.seq}?key=k${this.seq}`,
          lines: [],
          attributes: input.attributes ?? [],
          discountCodes: [],
          country: input.buyerIdentity?.countryCode ?? country,
        };
        const payload = this.addLines(cart, input.lines ?? []);
        if (!payload.userErrors.length) this.carts.set(cart.id, cart);
        return payload;
      },
      cartLinesAdd: ({ cartId, lines }: { cartId: string; lines: Input[] }) =>
        this.withCart(cartId, (cart) => this.addLines(cart, lines)),
      cartLinesUpdate: ({ cartId, lines }: { cartId: string; lines: { id: string; quantity?: number }[] }) =>
        this.withCart(cartId, (cart) => {
          const missing = lines.find((l) => !cart.lines.some((c) => c.id === l.id));
          if (missing) {
            return {
              cart: null,
              userErrors: [
                {
                  code: 'INVALID_MERCHANDISE_LINE',
                  field: ['lines', '0', 'id'],
                  message: 'Merchandise line was not found in cart.',
                },
              ],
              warnings: [],
            };
          }
          for (const l of lines) cart.lines.find((c) => c.id === l.id)!.quantity = l.quantity ?? 1;
          cart.lines = cart.lines.filter((c) => c.quantity > 0);
          return undefined;
        }),
      cartLinesRemove: ({ cartId, lineIds }: { cartId: string; lineIds: string[] }) =>
        this.withCart(cartId, (cart) => {
          cart.lines = cart.lines.filter((l) => !lineIds.includes(l.id));
          return undefined;
        }),
      cartDiscountCodesUpdate: ({ cartId, discountCodes }: { cartId: string; discountCodes: string[] }) =>
        this.withCart(cartId, (cart) => {
          cart.discountCodes = discountCodes;
          const warnings: CartWarningFixture[] = discountCodes
            .filter((c) => !(c.toUpperCase() in this.discounts))
            .map((c) => ({ code: 'DISCOUNT_NOT_FOUND', message: `Discount code ${c} not found.`, target: cart.id }));
          return { cart: this.cartFixture(cart), userErrors: [], warnings };
        }),
      cartAttributesUpdate: ({
        cartId,
        attributes,
      }: {
        cartId: string;
        attributes: { key: string; value: string }[];
      }) =>
        this.withCart(cartId, (cart) => {
          cart.attributes = attributes;
          return undefined;
        }),
      cartBuyerIdentityUpdate: ({
        cartId,
        buyerIdentity,
      }: {
        cartId: string;
        buyerIdentity: { countryCode?: string };
      }) =>
        this.withCart(cartId, (cart) => {
          cart.country = buyerIdentity.countryCode ?? cart.country;
          return undefined;
        }),
    };
  }
}

/** `metafield(namespace:, key:)` picks from the fixture's `metafields` list; everything else is default. */
const metafieldResolver: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> = (
  source,
  args,
  ctx,
  info,
) => {
  if (info.fieldName === 'metafield' && source && typeof source === 'object' && 'metafields' in source) {
    const list = (source as { metafields: { namespace: string; key: string }[] }).metafields;
    return list.find((m) => m.namespace === args.namespace && m.key === args.key) ?? null;
  }
  return defaultFieldResolver(source, args, ctx, info);
};
