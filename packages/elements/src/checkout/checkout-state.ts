import type { Address, Cart, Money, Order, PaymentOption, ShippingOption } from '@shoplet/core';
import type { StringKey } from '../i18n/types.js';

/**
 * The steps of `<shoplet-checkout>`: `handoff` when the backend has its own checkout page
 * (Shopify), else `email` → `address` → `shipping` → `payment` → `done` inside the element.
 *
 * @example
 * if (checkout.step === 'done') showThanks();
 */
export type CheckoutStep = 'handoff' | 'email' | 'address' | 'shipping' | 'payment' | 'done';

/** The steps of the inline flow, in order. */
export const INLINE_STEPS: readonly CheckoutStep[] = ['email', 'address', 'shipping', 'payment'];

/** The address form's fields, named after {@link Address}. */
export type AddressField =
  | 'fullName'
  | 'streetLine1'
  | 'streetLine2'
  | 'city'
  | 'postalCode'
  | 'countryCode'
  | 'phoneNumber';

/** Every field an error can point at. `form` is the step as a whole. */
export type CheckoutField = 'email' | AddressField | 'shippingOption' | 'payment' | 'form';

/** Required address fields (the others are optional). */
export const REQUIRED_ADDRESS: readonly AddressField[] = [
  'fullName',
  'streetLine1',
  'city',
  'postalCode',
  'countryCode',
];

/**
 * What the shopper typed and what the backend answered, kept across steps and failures.
 *
 * @internal
 */
export interface CheckoutState {
  step: CheckoutStep | undefined;
  busy: boolean;
  errors: Partial<Record<CheckoutField, string>>;
  email: string;
  address: Record<AddressField, string>;
  shippingOptions: ShippingOption[] | undefined;
  shippingOptionId: string;
  paymentOptions: PaymentOption[] | undefined;
  paymentCode: string;
  /** The cart as the last step returned it (totals include shipping once chosen). */
  cart: Cart | null;
  order: Order | undefined;
  /** The answer to `pay` was lost and the backend could not tell whether the payment went through. */
  paymentUnconfirmed: boolean;
  provider: string;
}

/**
 * What the step templates may call on the element.
 *
 * @internal
 */
export interface CheckoutActions {
  t(key: StringKey, values?: Record<string, string | number>): string;
  format(money: Money): string;
  locale(): string;
  submit(e: SubmitEvent): void;
  back(): void;
  input(field: Exclude<CheckoutField, 'form'>, value: string): void;
  reload(): void;
}

/**
 * A fresh state for a new checkout.
 *
 * @internal
 */
export function initialState(country: string | undefined): CheckoutState {
  return {
    step: undefined,
    busy: false,
    errors: {},
    email: '',
    address: {
      fullName: '',
      streetLine1: '',
      streetLine2: '',
      city: '',
      postalCode: '',
      countryCode: country ?? '',
      phoneNumber: '',
    },
    shippingOptions: undefined,
    shippingOptionId: '',
    paymentOptions: undefined,
    paymentCode: '',
    cart: null,
    order: undefined,
    paymentUnconfirmed: false,
    provider: '',
  };
}

const ADDRESS_FIELDS: readonly string[] = [
  'fullName',
  'streetLine1',
  'streetLine2',
  'city',
  'postalCode',
  'countryCode',
  'phoneNumber',
];

/**
 * Maps the field a backend error names (`address.city`, `paymentMethod`, `shippingAddress`) to the
 * field and step where the shopper can fix it.
 *
 * @example
 * fieldOfError('address.postalCode'); // { step: 'address', field: 'postalCode' }
 */
export function fieldOfError(field: string | undefined): { step: CheckoutStep; field: CheckoutField } | undefined {
  const name = (field ?? '').replace(/^(shippingAddress|address)\./, '');
  if (name === 'email') return { step: 'email', field: 'email' };
  if (ADDRESS_FIELDS.includes(name)) return { step: 'address', field: name as AddressField };
  if (name === 'shippingAddress') return { step: 'address', field: 'form' };
  if (name === 'shippingOption') return { step: 'shipping', field: 'shippingOption' };
  if (name === 'payment' || name === 'paymentMethod') return { step: 'payment', field: 'payment' };
  return undefined;
}

/**
 * The address as the backend expects it (optional fields left out when empty).
 *
 * @internal
 */
export function toAddress(draft: Record<AddressField, string>): Address {
  const address: Address = {
    fullName: draft.fullName.trim(),
    streetLine1: draft.streetLine1.trim(),
    city: draft.city.trim(),
    postalCode: draft.postalCode.trim(),
    countryCode: draft.countryCode,
  };
  if (draft.streetLine2.trim()) address.streetLine2 = draft.streetLine2.trim();
  if (draft.phoneNumber.trim()) address.phoneNumber = draft.phoneNumber.trim();
  return address;
}
