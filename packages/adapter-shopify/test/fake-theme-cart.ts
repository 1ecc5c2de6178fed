// An in-memory Online Store cart answering the AJAX Cart API as Shopify documents it
// (https://shopify.dev/docs/api/ajax/reference/cart): /cart.js, /cart/add.js, /cart/change.js,
// /cart/update.js, money in minor units, `{ status, message, description }` errors.
import { HttpResponse, http } from 'msw';
import type { AjaxCart, AjaxCartItem } from '../src/index.js';
import type { ProductFixture } from './fixtures.js';

export const THEME_ORIGIN = 'https://linen-and-co.example';

const minor = (amount: string) => {
  const [whole, fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
};
const numeric = (gid: string) => Number(gid.slice(gid.lastIndexOf('/') + 1));
const cartError = (status: number, description: string) =>
  HttpResponse.json({ status, message: 'Cart Error', description }, { status });

export class FakeThemeCart {
  token = 'Z2NwLWV1cm9wZS13ZXN0MTowMUhUSEVNRUNBUlQ?key=theme';
  items: { key: string; variantId: number; quantity: number }[] = [];
  attributes: Record<string, string> = {};
  discountCodes: string[] = [];
  requests: { method: string; path: string; body: unknown; credentials: string }[] = [];
  private seq = 0;

  constructor(public products: ProductFixture[]) {}

  private find(variantId: number) {
    for (const product of this.products) {
      const variant = product.variants.nodes.find((v) => numeric(v.id) === variantId);
      if (variant) return { product, variant };
    }
    return undefined;
  }

  private item(line: { key: string; variantId: number; quantity: number }): AjaxCartItem {
    const { product, variant } = this.find(line.variantId)!;
    const price = minor(variant.price.amount);
    return {
      key: line.key,
      variant_id: line.variantId,
      quantity: line.quantity,
      final_price: price,
      final_line_price: price * line.quantity,
      product_title: product.title,
      handle: product.handle,
      variant_title: variant.title === 'Default Title' ? null : variant.title,
      options_with_values: variant.selectedOptions,
      featured_image: { url: product.images.nodes[0]?.url ?? null, alt: product.title, width: 800, height: 1000 },
    };
  }

  cart(): AjaxCart & { note: null; requires_shipping: boolean } {
    const items = this.items.map((l) => this.item(l));
    const subtotal = items.reduce((s, i) => s + i.final_line_price, 0);
    const off = this.discountCodes.includes('SUMMER10') ? Math.round(subtotal / 10) : 0;
    return {
      token: this.token,
      note: null,
      attributes: this.attributes,
      item_count: items.reduce((n, i) => n + i.quantity, 0),
      items,
      items_subtotal_price: subtotal,
      total_price: subtotal - off,
      currency: 'GBP',
      requires_shipping: true,
      discount_codes: this.discountCodes.map((code) => ({ code, applicable: code === 'SUMMER10' })),
    };
  }

  /** A change made by the theme itself (its own product form), not through Shoplet. */
  themeAdds(variantGid: string, quantity: number): void {
    this.items.push({ key: `${numeric(variantGid)}:t${++this.seq}`, variantId: numeric(variantGid), quantity });
  }

  private setQuantity(key: string, quantity: number): Response | null {
    const line = this.items.find((l) => l.key === key || String(l.variantId) === key);
    if (!line) return cartError(400, 'no valid id or line parameter');
    const stock = this.find(line.variantId)!.variant.quantityAvailable ?? Number.POSITIVE_INFINITY;
    if (quantity > stock) return cartError(422, `Only ${stock} items were added to your cart.`);
    line.quantity = quantity;
    this.items = this.items.filter((l) => l.quantity > 0);
    return null;
  }

  handlers(origin = THEME_ORIGIN) {
    const record = async (request: Request, path: string) => {
      const body = request.method === 'POST' ? await request.json() : undefined;
      this.requests.push({ method: request.method, path, body, credentials: request.credentials });
      return body as Record<string, unknown>;
    };
    return [
      http.get(`${origin}/cart.js`, async ({ request }) => {
        await record(request, '/cart.js');
        return HttpResponse.json(this.cart());
      }),
      http.post(`${origin}/cart/add.js`, async ({ request }) => {
        const body = (await record(request, '/cart/add.js')) as { items: { id: number; quantity?: number }[] };
        const added: AjaxCartItem[] = [];
        for (const { id, quantity = 1 } of body.items) {
          const found = this.find(id);
          if (!found) return cartError(404, 'Cannot find variant');
          const existing = this.items.find((l) => l.variantId === id);
          const stock = found.variant.quantityAvailable ?? Number.POSITIVE_INFINITY;
          if ((existing?.quantity ?? 0) + quantity > stock) {
            return cartError(422, `You can't add more ${found.product.title} - ${found.variant.title} to the cart.`);
          }
          const line = existing ?? { key: `${id}:s${++this.seq}`, variantId: id, quantity: 0 };
          line.quantity += quantity;
          if (!existing) this.items.push(line);
          added.push(this.item(line));
        }
        return HttpResponse.json({ items: added });
      }),
      http.post(`${origin}/cart/change.js`, async ({ request }) => {
        const body = (await record(request, '/cart/change.js')) as { id: string; quantity: number };
        return this.setQuantity(String(body.id), body.quantity) ?? HttpResponse.json(this.cart());
      }),
      http.post(`${origin}/cart/update.js`, async ({ request }) => {
        const body = (await record(request, '/cart/update.js')) as {
          updates?: Record<string, number>;
          attributes?: Record<string, string>;
          discount?: string;
        };
        for (const [key, quantity] of Object.entries(body.updates ?? {})) {
          const error = this.setQuantity(key, quantity);
          if (error) return error;
        }
        if (body.attributes) Object.assign(this.attributes, body.attributes);
        if (body.discount !== undefined) this.discountCodes = body.discount.split(',').filter(Boolean);
        return HttpResponse.json(this.cart());
      }),
    ];
  }
}
