import type { Cart, CartLine, Product } from '../types.js';
import { emptyCart } from './empty-cart.js';

/**
 * A pending change shown before the backend confirms it: the change's input, with the product of
 * an added variant (when it is cached) to show its line.
 */
export type CartPatch =
  | { kind: 'add'; variantId: string; quantity: number; product: Product | undefined }
  | { kind: 'update'; lineId: string; quantity: number }
  | { kind: 'remove'; lineId: string };

const withQuantity = (line: CartLine, quantity: number): CartLine => ({
  ...line,
  quantity,
  total: { ...line.unitPrice, amount: line.unitPrice.amount * quantity },
});

function applyPatch(cart: Cart | null, patch: CartPatch): Cart | null {
  let lines = cart?.lines ?? [];
  if (patch.kind === 'add') {
    const existing = lines.find((l) => l.variantId === patch.variantId);
    const product = patch.product;
    const variant = product?.variants.find((v) => v.id === patch.variantId);
    if (existing) {
      lines = lines.map((l) => (l === existing ? withQuantity(l, l.quantity + patch.quantity) : l));
    } else if (product && variant) {
      lines = [
        ...lines,
        withQuantity(
          {
            id: `optimistic:${variant.id}`,
            variantId: variant.id,
            quantity: 0,
            productTitle: product.title,
            productHandle: product.handle,
            variantTitle: variant.title,
            selectedOptions: variant.selectedOptions,
            image: variant.image ?? product.images[0] ?? null,
            unitPrice: variant.price,
            total: variant.price,
          },
          patch.quantity,
        ),
      ];
    } else {
      // Without the product we cannot show a truthful line; the status store still says "busy".
      return cart;
    }
  } else {
    lines = lines.map((l) =>
      l.id === patch.lineId ? withQuantity(l, patch.kind === 'update' ? patch.quantity : 0) : l,
    );
  }
  lines = lines.filter((l) => l.quantity > 0);
  const currencyCode = lines[0]?.unitPrice.currencyCode ?? cart?.subtotal.currencyCode ?? 'USD';
  const base: Cart = cart ?? emptyCart('optimistic', currencyCode);
  const subtotal = lines.reduce((sum, l) => sum + l.total.amount, 0);
  return {
    ...base,
    lines,
    totalQuantity: lines.reduce((n, l) => n + l.quantity, 0),
    subtotal: { amount: subtotal, currencyCode },
    // The backend's total may hold shipping, taxes or discounts: shift it by the same difference.
    total: { amount: Math.max(0, base.total.amount + subtotal - base.subtotal.amount), currencyCode },
  };
}

/** The cart the shopper sees: the last confirmed cart with every pending change applied in order. */
export function previewCart(confirmed: Cart | null, patches: CartPatch[]): Cart | null {
  return patches.reduce<Cart | null>(applyPatch, confirmed);
}
