import { ShopletError } from '../errors.js';

/** The largest quantity a cart API call accepts. */
const MAX_QUANTITY = 9999;

const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

/** A variant id as `cart.add` takes it, else the error naming the field and the fix. */
export function checkVariantId(variantId: unknown): ShopletError | undefined {
  if (typeof variantId === 'string' && variantId) return undefined;
  return new ShopletError(
    'invalid_input',
    `variantId must be the id of a variant (see product.variants[].id), got ${shown(variantId)}.`,
    { field: 'variantId' },
  );
}

/** A whole quantity from `min` to 9999, else the error naming the field and the fix. */
export function checkQuantity(quantity: unknown, min: number): ShopletError | undefined {
  if (Number.isInteger(quantity) && (quantity as number) >= min && (quantity as number) <= MAX_QUANTITY) {
    return undefined;
  }
  return new ShopletError(
    'invalid_input',
    `quantity must be a whole number from ${min} to ${MAX_QUANTITY}, got ${shown(quantity)}.`,
    { field: 'quantity' },
  );
}

/** The error for an empty discount code. */
export const emptyDiscountCode = () => new ShopletError('invalid_input', 'Enter a discount code.', { field: 'code' });

/** A country as `shop.setCountry` takes it, else the error naming the field and the fix. */
export function checkCountry(country: unknown): ShopletError | undefined {
  if (typeof country === 'string' && /^[A-Z]{2}$/.test(country)) return undefined;
  return new ShopletError(
    'invalid_input',
    `country must be an ISO 3166-1 alpha-2 code in capitals such as "DE", got ${JSON.stringify(country)}.`,
    { field: 'country' },
  );
}
