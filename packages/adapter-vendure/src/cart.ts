import { type ShopletAdapter, ShopletError } from '@shoplet/core';
import { warnOnce } from '@shoplet/core/internal';
import { cartOf, loadActiveOrder } from './active-order.js';
import { toCart, type VendureOrder } from './map-order.js';
import { type OrderStep, runOrderSteps } from './order-mutations.js';
import type { VendureShared } from './shared.js';

/**
 * The cart operations that change Vendure's active order.
 *
 * @example
 * const cart = cartMutations(shared);
 * await cart.addLines(cartId, [{ variantId: '3', quantity: 1 }]);
 */
export type CartMutations = Pick<
  ShopletAdapter,
  'createCart' | 'addLines' | 'updateLines' | 'removeLines' | 'applyDiscount' | 'setAttributes'
>;

/** Cart attribute → Order custom field, for the attributes Shoplet's attribution writes. */
const ATTRIBUTE_FIELDS: Record<string, string> = { _shoplet_ref: 'shopletRef', _shoplet_utm: 'shopletUtm' };

function checkQuantity(quantity: unknown, field: string, min: number): void {
  if (!Number.isInteger(quantity) || (quantity as number) < min) {
    throw new ShopletError(
      'invalid_input',
      `${field} must be a whole number of at least ${min}, got ${JSON.stringify(quantity)}.`,
      { field },
    );
  }
}

function unsupportedAttributes(): ShopletError {
  return new ShopletError(
    'unsupported',
    'This Vendure server has no Order custom fields "shopletRef" and "shopletUtm", so cart attributes (creator attribution) cannot be stored. Add them as public string custom fields on Order (see docs/vendure.md), or pass vendure({ customFields }) if introspection is off.',
    { field: 'attributes' },
  );
}

/**
 * Cart operations on Vendure's active order. The cart id is the order code; a session without an
 * order has the cart `PENDING_CART_ID` until the first line is added, so the ids the client passes
 * are not needed: the session names the order.
 *
 * @example
 * const { addLines } = cartMutations(shared);
 * const cart = await addLines(PENDING_CART_ID, [{ variantId: '3', quantity: 1 }]);
 */
export function cartMutations(shared: VendureShared): CartMutations {
  /** The session's cart as it now is. */
  const current = async () => {
    const { order, currencyCode } = await loadActiveOrder(shared);
    return cartOf(shared, order, currencyCode);
  };
  /** The cart after order steps: the order they returned, else whatever the session now has. */
  const after = (order: VendureOrder | null) => (order ? toCart(order, shared.options.origin) : current());
  const run = async (steps: OrderStep[]) => after(await runOrderSteps(shared, steps));

  /** The step writing the attributes as the order's custom fields; none when the server has none. */
  const attributeSteps = async (attributes: Record<string, string>): Promise<OrderStep[]> => {
    if (!(await shared.features.get()).attributes) return [];
    const ignored = Object.keys(attributes).filter((key) => !(key in ATTRIBUTE_FIELDS));
    if (ignored.length) {
      warnOnce(
        'vendure-attributes',
        `Vendure stores only the cart attributes ${Object.keys(ATTRIBUTE_FIELDS).join(' and ')}; ignoring ${ignored.join(', ')}.`,
      );
    }
    const customFields = { shopletRef: attributes._shoplet_ref || null, shopletUtm: attributes._shoplet_utm || null };
    return [{ field: 'setOrderCustomFields', args: { input: ['UpdateOrderInput!', { customFields }] } }];
  };

  const mutations: CartMutations = {
    async addLines(_cartId, lines) {
      lines.forEach((line, i) => {
        if (typeof line?.variantId !== 'string' || line.variantId === '') {
          throw new ShopletError('invalid_input', `lines[${i}].variantId must be a Vendure ProductVariant id.`, {
            field: `lines[${i}].variantId`,
          });
        }
        checkQuantity(line.quantity, `lines[${i}].quantity`, 1);
      });
      const steps: OrderStep[] = lines.map((line) => ({
        field: 'addItemToOrder',
        args: { productVariantId: ['ID!', line.variantId], quantity: ['Int!', line.quantity] },
        stockErrors: true,
      }));
      // Vendure creates the order with the first line: attributes set before then go with it.
      const pending = shared.pendingAttributes;
      if (pending && steps.length) steps.push(...(await attributeSteps(pending)));
      const order = await runOrderSteps(shared, steps);
      if (pending) shared.pendingAttributes = null;
      return after(order);
    },

    // With lines, they are added to the session's order; without, the session's current order is
    // returned, or an empty pending cart.
    async createCart(input) {
      const attributes = input?.attributes ?? {};
      if (Object.keys(attributes).length) {
        if (!(await shared.features.get()).attributes) throw unsupportedAttributes();
        shared.pendingAttributes = { ...attributes };
      }
      if (input?.lines?.length) return mutations.addLines('', input.lines);
      const { order, currencyCode } = await loadActiveOrder(shared);
      if (order && shared.pendingAttributes) return mutations.setAttributes('', shared.pendingAttributes);
      return cartOf(shared, order, currencyCode);
    },

    // Quantity 0 removes the line.
    async updateLines(_cartId, lines) {
      for (const [i, line] of lines.entries()) checkQuantity(line?.quantity, `lines[${i}].quantity`, 0);
      return run(
        lines.map(
          (line): OrderStep =>
            line.quantity
              ? {
                  field: 'adjustOrderLine',
                  args: { orderLineId: ['ID!', line.id], quantity: ['Int!', line.quantity] },
                  stockErrors: true,
                }
              : { field: 'removeOrderLine', args: { orderLineId: ['ID!', line.id] } },
        ),
      );
    },

    removeLines: (_cartId, lineIds) =>
      run(lineIds.map((id): OrderStep => ({ field: 'removeOrderLine', args: { orderLineId: ['ID!', id] } }))),

    // Makes the order's coupon codes equal to `codes`: removes the others, applies the new ones.
    // An unknown or expired code fails with `invalid_input` on field `code` and Vendure's message.
    async applyDiscount(_cartId, codes) {
      const wanted = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
      const { order, currencyCode } = await loadActiveOrder(shared);
      const applied = order?.couponCodes ?? [];
      const steps = [
        ...applied
          .filter((code) => !wanted.includes(code))
          .map(
            (code): OrderStep => ({
              field: 'removeCouponCode',
              args: { couponCode: ['String!', code] },
              errorResults: false,
            }),
          ),
        ...wanted
          .filter((code) => !applied.includes(code))
          .map((code): OrderStep => ({ field: 'applyCouponCode', args: { couponCode: ['String!', code] } })),
      ];
      return steps.length ? run(steps) : cartOf(shared, order, currencyCode);
    },

    // Stores the cart attributes (creator ref, UTM) in the order custom fields, replacing the
    // previous set. Before the order exists they wait for the first line.
    async setAttributes(_cartId, attributes) {
      const steps = await attributeSteps(attributes);
      if (!steps.length) throw unsupportedAttributes();
      try {
        const cart = await run(steps);
        shared.pendingAttributes = null;
        return cart;
      } catch (err) {
        if (!(err instanceof ShopletError && err.code === 'not_found')) throw err;
        shared.pendingAttributes = { ...attributes };
        return current();
      }
    },
  };
  return mutations;
}
