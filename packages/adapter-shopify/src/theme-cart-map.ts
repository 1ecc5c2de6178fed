import type { Cart, Money } from '@shoplet/core';
import { currencyDigits } from '@shoplet/core/internal';
import { toGid } from './ids.js';

/**
 * One line of the AJAX Cart API's cart (`/cart.js` → `items[]`), the fields Shoplet reads. Money is
 * already integer minor units there.
 *
 * @example
 * const item: AjaxCartItem = { key: '4242:ab12', variant_id: 4242, quantity: 1, final_price: 5900, final_line_price: 5900, product_title: 'Linen shirt', handle: 'linen-shirt', variant_title: 'M' };
 */
export interface AjaxCartItem {
  key: string;
  variant_id: number;
  quantity: number;
  final_price: number;
  final_line_price: number;
  product_title: string;
  handle: string;
  variant_title: string | null;
  options_with_values?: { name: string; value: string }[];
  featured_image?: { url: string | null; alt?: string | null; width?: number; height?: number } | null;
  image?: string | null;
}

/**
 * The AJAX Cart API's cart (`GET /cart.js`), the fields Shoplet reads.
 *
 * @example
 * const cart: AjaxCart = await (await fetch('/cart.js')).json();
 */
export interface AjaxCart {
  token: string;
  item_count: number;
  currency: string;
  items: AjaxCartItem[];
  items_subtotal_price: number;
  total_price: number;
  attributes: Record<string, unknown>;
  discount_codes?: { code: string; applicable: boolean }[];
}

/**
 * Maps the AJAX cart to Shoplet's {@link Cart}. Variant ids become Storefront global ids so they match
 * the products Shoplet shows; line ids are the AJAX line `key`.
 *
 * @example
 * const cart = toThemeCart(await (await fetch('/cart.js')).json(), '/checkout');
 */
export function toThemeCart(c: AjaxCart, checkoutUrl: string): Cart {
  const currencyCode = c.currency;
  // The AJAX Cart API counts in hundredths of the currency's major unit whatever the currency
  // (¥8,900 arrives as 890000): scale to the currency's own minor units (0 for JPY, 3 for KWD).
  const scale = 10 ** currencyDigits(currencyCode);
  const money = (hundredths: number): Money => ({ amount: Math.round((hundredths * scale) / 100), currencyCode });
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(c.attributes ?? {})) {
    if (value != null) attributes[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return {
    id: c.token,
    lines: c.items.map((item) => {
      const url = item.featured_image?.url ?? item.image ?? null;
      return {
        id: item.key,
        variantId: toGid('ProductVariant', item.variant_id) ?? String(item.variant_id),
        quantity: item.quantity,
        productTitle: item.product_title,
        productHandle: item.handle,
        variantTitle: item.variant_title ?? '',
        selectedOptions: item.options_with_values ?? [],
        image: url
          ? {
              url,
              altText: item.featured_image?.alt ?? null,
              ...(item.featured_image?.width ? { width: item.featured_image.width } : {}),
              ...(item.featured_image?.height ? { height: item.featured_image.height } : {}),
            }
          : null,
        unitPrice: money(item.final_price),
        total: money(item.final_line_price),
      };
    }),
    totalQuantity: c.item_count,
    subtotal: money(c.items_subtotal_price),
    total: money(c.total_price),
    discountCodes: (c.discount_codes ?? []).map((d) => ({ code: d.code, applicable: d.applicable })),
    attributes,
    checkoutUrl,
  };
}
