import { addMoney, multiplyMoney } from './money.js';
import type { Cart, CartLine, Product } from './types.js';

/**
 * A pending change shown before the backend confirms it.
 *
 * @internal
 */
export type CartPatch =
  | { kind: 'add'; variantId: string; quantity: number; product: Product | undefined }
  | { kind: 'update'; lineId: string; quantity: number }
  | { kind: 'remove'; lineId: string };

/** The line id used for a line the backend has not created yet. */
export const optimisticLineId = (variantId: string) => `optimistic:${variantId}`;

function withTotals(cart: Cart): Cart {
  const lines = cart.lines.filter((l) => l.quantity > 0);
  const currency = lines[0]?.total.currencyCode ?? cart.subtotal.currencyCode;
  const subtotal = lines.reduce((sum, l) => addMoney(sum, l.total), { amount: 0, currencyCode: currency });
  // The backend's total may hold shipping, taxes or discounts: shift it by the same difference.
  const delta = subtotal.amount - cart.subtotal.amount;
  return {
    ...cart,
    lines,
    totalQuantity: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal,
    total: { amount: Math.max(0, cart.total.amount + delta), currencyCode: currency },
  };
}

function emptyCart(currency: string): Cart {
  const zero = { amount: 0, currencyCode: currency };
  return {
    id: 'optimistic',
    lines: [],
    totalQuantity: 0,
    subtotal: zero,
    total: zero,
    discountCodes: [],
    attributes: {},
    checkoutUrl: null,
  };
}

function applyPatch(cart: Cart | null, patch: CartPatch): Cart | null {
  if (patch.kind === 'add') {
    const existing = cart?.lines.find((l) => l.variantId === patch.variantId);
    if (existing) {
      return withTotals({
        ...cart!,
        lines: cart!.lines.map((l) =>
          l === existing
            ? {
                ...l,
                quantity: l.quantity + patch.quantity,
                total: multiplyMoney(l.unitPrice, l.quantity + patch.quantity),
              }
            : l,
        ),
      });
    }
    const variant = patch.product?.variants.find((v) => v.id === patch.variantId);
    // Without the product we cannot show a truthful line; the status store still says "busy".
    if (!patch.product || !variant) return cart;
    const line: CartLine = {
      id: optimisticLineId(patch.variantId),
      variantId: patch.variantId,
      quantity: patch.quantity,
      productTitle: patch.product.title,
      productHandle: patch.product.handle,
      variantTitle: variant.title,
      selectedOptions: variant.selectedOptions,
      image: variant.image ?? patch.product.images[0] ?? null,
      unitPrice: variant.price,
      total: multiplyMoney(variant.price, patch.quantity),
    };
    const base = cart ?? emptyCart(variant.price.currencyCode);
    if (base.lines.length && base.subtotal.currencyCode !== variant.price.currencyCode) return cart;
    return withTotals({ ...base, lines: [...base.lines, line] });
  }
  if (!cart) return cart;
  const quantity = patch.kind === 'remove' ? 0 : patch.quantity;
  return withTotals({
    ...cart,
    lines: cart.lines.map((l) =>
      l.id === patch.lineId ? { ...l, quantity, total: multiplyMoney(l.unitPrice, quantity) } : l,
    ),
  });
}

/**
 * The cart the shopper sees: the last confirmed cart with every pending change applied in order.
 *
 * @internal
 */
export function previewCart(confirmed: Cart | null, patches: CartPatch[]): Cart | null {
  return patches.reduce<Cart | null>(applyPatch, confirmed);
}
