import { type Cart, type CartLineInput, ShopletError, warnOnce } from '@shoplet/core';
import {
  ATTRIBUTE_FIELDS,
  emptyCart,
  PENDING_CART_ID,
  toCart,
  type VendureOrder,
  writeAttributes,
} from './map-order.js';
import { type OrderStep, runOrderSteps } from './order-mutations.js';
import { activeOrderQuery } from './queries.js';
import type { VendureShared } from './shared.js';

/**
 * The session's active order (or `null`) and the channel's default currency.
 *
 * @example
 * const { order, currencyCode } = await loadActiveOrder(shared);
 */
export async function loadActiveOrder(
  shared: VendureShared,
): Promise<{ order: VendureOrder | null; currencyCode: string }> {
  const data = await shared.session.query<{
    activeOrder: VendureOrder | null;
    activeChannel: { defaultCurrencyCode: string };
  }>(activeOrderQuery(await shared.features()));
  return { order: data.activeOrder, currencyCode: data.activeChannel.defaultCurrencyCode };
}

function checkQuantity(quantity: unknown, field: string, min: number): void {
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < min) {
    throw new ShopletError(
      'invalid_input',
      `${field} must be a whole number of at least ${min}, got ${JSON.stringify(quantity)}.`,
      { field },
    );
  }
}

function pendingWith(shared: VendureShared, currencyCode: string): Cart {
  return { ...emptyCart(currencyCode), attributes: { ...shared.pendingAttributes } };
}

async function cartAfter(shared: VendureShared, order: VendureOrder | null): Promise<Cart> {
  if (order) return toCart(order, shared.options.origin);
  // Every line was removed from an order Vendure has not created, or the steps did nothing.
  const current = await loadActiveOrder(shared);
  return current.order ? toCart(current.order, shared.options.origin) : pendingWith(shared, current.currencyCode);
}

async function attributeSteps(shared: VendureShared, attributes: Record<string, string>): Promise<OrderStep[]> {
  if (!(await shared.features()).attributes) return [];
  const { fields, ignored } = writeAttributes(attributes);
  if (ignored.length) {
    warnOnce(
      'vendure-attributes',
      `Vendure stores only the cart attributes ${Object.keys(ATTRIBUTE_FIELDS).join(' and ')}; ignoring ${ignored.join(', ')}.`,
    );
  }
  return [{ field: 'setOrderCustomFields', args: { input: ['UpdateOrderInput!', { customFields: fields }] } }];
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
 * order has the cart {@link PENDING_CART_ID} until the first line is added.
 *
 * @example
 * const cart = await addLines(shared, [{ variantId: '3', quantity: 1 }]);
 */
export async function addLines(shared: VendureShared, lines: CartLineInput[]): Promise<Cart> {
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
  const pending = shared.pendingAttributes;
  if (pending && steps.length) steps.push(...(await attributeSteps(shared, pending)));
  const order = await runOrderSteps(shared, steps);
  if (pending) shared.pendingAttributes = null;
  return cartAfter(shared, order);
}

/**
 * Vendure creates the order with the first added line. With lines, they are added to the
 * session's order; without, the session's current order is returned, or an empty pending cart.
 *
 * @example
 * const cart = await createCart(shared, { lines: [{ variantId: '3', quantity: 1 }] });
 */
export async function createCart(
  shared: VendureShared,
  input: { lines?: CartLineInput[]; attributes?: Record<string, string> },
): Promise<Cart> {
  if (input.attributes && Object.keys(input.attributes).length) {
    if (!(await shared.features()).attributes) throw unsupportedAttributes();
    shared.pendingAttributes = { ...input.attributes };
  }
  if (input.lines?.length) return addLines(shared, input.lines);
  const { order, currencyCode } = await loadActiveOrder(shared);
  if (order && shared.pendingAttributes) return setAttributes(shared, shared.pendingAttributes);
  return order ? toCart(order, shared.options.origin) : pendingWith(shared, currencyCode);
}

/**
 * The cart with this id, or `null` when the session's active order is another one or none (it was
 * paid, expired, or the session was lost). A pending cart resolves to whatever the session has.
 *
 * @example
 * const cart = await getCart(shared, 'XK2P9QJ7A1');
 */
export async function getCart(shared: VendureShared, cartId: string): Promise<Cart | null> {
  const { order, currencyCode } = await loadActiveOrder(shared);
  if (cartId === PENDING_CART_ID)
    return order ? toCart(order, shared.options.origin) : pendingWith(shared, currencyCode);
  if (!order || order.code !== cartId) return null;
  return toCart(order, shared.options.origin);
}

/**
 * Sets line quantities (`adjustOrderLine`); quantity 0 removes the line.
 *
 * @example
 * await updateLines(shared, [{ id: '12', quantity: 3 }]);
 */
export async function updateLines(shared: VendureShared, lines: { id: string; quantity: number }[]): Promise<Cart> {
  for (const [i, line] of lines.entries()) checkQuantity(line?.quantity, `lines[${i}].quantity`, 0);
  const steps: OrderStep[] = lines.map((line) =>
    line.quantity === 0
      ? { field: 'removeOrderLine', args: { orderLineId: ['ID!', line.id] } }
      : {
          field: 'adjustOrderLine',
          args: { orderLineId: ['ID!', line.id], quantity: ['Int!', line.quantity] },
          stockErrors: true,
        },
  );
  return cartAfter(shared, await runOrderSteps(shared, steps));
}

/**
 * Removes lines (`removeOrderLine`).
 *
 * @example
 * await removeLines(shared, ['12']);
 */
export async function removeLines(shared: VendureShared, lineIds: string[]): Promise<Cart> {
  const steps: OrderStep[] = lineIds.map((id) => ({ field: 'removeOrderLine', args: { orderLineId: ['ID!', id] } }));
  return cartAfter(shared, await runOrderSteps(shared, steps));
}

/**
 * Makes the order's coupon codes equal to `codes`: removes the others, applies the new ones.
 * An unknown or expired code fails with `invalid_input` on field `code` and Vendure's message.
 *
 * @example
 * await applyDiscount(shared, ['WELCOME10']);
 */
export async function applyDiscount(shared: VendureShared, codes: string[]): Promise<Cart> {
  const wanted = [...new Set(codes.map((c) => c.trim()).filter(Boolean))];
  const { order, currencyCode } = await loadActiveOrder(shared);
  const current = order?.couponCodes ?? [];
  const steps: OrderStep[] = [
    ...current
      .filter((code) => !wanted.includes(code))
      .map(
        (code): OrderStep => ({
          field: 'removeCouponCode',
          args: { couponCode: ['String!', code] },
          errorResults: false,
        }),
      ),
    ...wanted
      .filter((code) => !current.includes(code))
      .map((code): OrderStep => ({ field: 'applyCouponCode', args: { couponCode: ['String!', code] } })),
  ];
  if (!steps.length) return order ? toCart(order, shared.options.origin) : pendingWith(shared, currencyCode);
  return cartAfter(shared, await runOrderSteps(shared, steps));
}

/**
 * Stores the cart attributes (creator ref, UTM) in the order custom fields `shopletRef` and
 * `shopletUtm`, replacing the previous set. Before the order exists they wait for the first line.
 *
 * @example
 * await setAttributes(shared, { ref: 'ana', utm_source: 'blog' });
 */
export async function setAttributes(shared: VendureShared, attributes: Record<string, string>): Promise<Cart> {
  const steps = await attributeSteps(shared, attributes);
  if (!steps.length) throw unsupportedAttributes();
  try {
    const cart = await cartAfter(shared, await runOrderSteps(shared, steps));
    shared.pendingAttributes = null;
    return cart;
  } catch (err) {
    if (!(err instanceof ShopletError && err.code === 'not_found')) throw err;
    shared.pendingAttributes = { ...attributes };
    const { currencyCode } = await loadActiveOrder(shared);
    return pendingWith(shared, currencyCode);
  }
}
