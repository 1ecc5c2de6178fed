import {
  type Address,
  type Cart,
  type InlineCheckout,
  type Order,
  type PaymentOption,
  type ShippingOption,
  ShopletError,
} from '@shoplet/core';
import { loadActiveOrder } from './active-order.js';
import { type TransitSource, transitDays } from './delivery.js';
import { errorFromResult, isErrorResult } from './error-results.js';
import { htmlToText } from './html.js';
import { toCart, toOrder, type VendureOrder } from './map-order.js';
import { type OrderStep, runOrderSteps } from './order-mutations.js';
import { afterFailedPayment, placedOrder } from './placed-order.js';
import { PAYMENT_METHODS_QUERY, payMutation, shippingMethodsQuery, toPaymentMutation } from './queries.js';
import { sessionOf } from './session.js';
import type { VendureShared } from './shared.js';

interface ShippingQuote extends TransitSource {
  id: string;
  name: string;
  description: string;
  priceWithTax: number;
}

const REQUIRED_ADDRESS: (keyof Address)[] = ['fullName', 'streetLine1', 'city', 'postalCode', 'countryCode'];

function splitName(fullName: string): { firstName: string; lastName: string } {
  const parts = fullName.trim().split(/\s+/);
  const lastName = parts.length > 1 ? (parts.pop() ?? '') : '';
  return { firstName: parts.join(' '), lastName };
}

async function cartOf(shared: VendureShared, steps: OrderStep[]): Promise<Cart> {
  const order = await runOrderSteps(shared, steps);
  if (!order)
    throw new ShopletError(
      'not_found',
      'This cart has no active order any more (it was paid or expired). Start a new cart.',
    );
  return toCart(order, shared.options.origin);
}

/**
 * The inline checkout steps on Vendure's active order: guest contact, shipping address, shipping
 * method, then payment. Vendure computes every price; Shoplet never sends one, and never sees card
 * data (payment methods are `no-card` or a provider's hosted step).
 *
 * @example
 * const inline = createInlineCheckout(shared);
 * await inline.setContact(cart.id, { email: 'ana@example.com' });
 */
export function createInlineCheckout(shared: VendureShared): InlineCheckout {
  /** The contact waits for a name when given without one: Vendure requires first and last name. */
  let contact: { email: string; named: boolean } | null = null;

  return {
    async setContact(_cartId, input) {
      const email = typeof input?.email === 'string' ? input.email.trim() : '';
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
        throw new ShopletError(
          'invalid_input',
          `email must be an email address such as ana@example.com, got ${JSON.stringify(input?.email)}.`,
          {
            field: 'email',
          },
        );
      }
      const named = Boolean(input.firstName?.trim() || input.lastName?.trim());
      contact = { email, named };
      return cartOf(shared, [
        {
          field: 'setCustomerForOrder',
          args: {
            input: [
              'CreateCustomerInput!',
              { emailAddress: email, firstName: input.firstName?.trim() ?? '', lastName: input.lastName?.trim() ?? '' },
            ],
          },
        },
      ]);
    },

    async setShippingAddress(_cartId, address) {
      for (const field of REQUIRED_ADDRESS) {
        const value = address?.[field];
        if (typeof value !== 'string' || value.trim() === '') {
          throw new ShopletError('invalid_input', `The shipping address needs ${field}.`, {
            field: `address.${field}`,
          });
        }
      }
      const input: Record<string, string> = {};
      for (const [key, value] of Object.entries(address))
        if (typeof value === 'string' && value.trim()) input[key] = value.trim();
      input.countryCode = address.countryCode.trim().toUpperCase();
      const steps: OrderStep[] = [];
      // A guest who gave only an email gets the name from the address.
      if (contact && !contact.named) {
        steps.push({
          field: 'setCustomerForOrder',
          args: { input: ['CreateCustomerInput!', { emailAddress: contact.email, ...splitName(address.fullName) }] },
        });
      }
      steps.push({ field: 'setOrderShippingAddress', args: { input: ['CreateAddressInput!', input] } });
      const cart = await cartOf(shared, steps);
      if (contact) contact.named = true;
      return cart;
    },

    async shippingOptions() {
      const data = await shared.features.use((features) =>
        sessionOf(shared).query<{
          eligibleShippingMethods: ShippingQuote[];
          activeOrder: { currencyCode: string } | null;
        }>(shippingMethodsQuery(features)),
      );
      if (!data.activeOrder)
        throw new ShopletError('not_found', 'There is no active order to ship: add a product to the cart first.');
      const currencyCode = data.activeOrder.currencyCode;
      return data.eligibleShippingMethods.map((m): ShippingOption => {
        const option: ShippingOption = {
          id: m.id,
          name: m.name,
          price: { amount: m.priceWithTax, currencyCode },
          ...transitDays(m),
        };
        const description = htmlToText(m.description ?? '');
        if (description) option.description = description;
        return option;
      });
    },

    async setShippingOption(_cartId, optionId) {
      if (typeof optionId !== 'string' || optionId === '') {
        throw new ShopletError('invalid_input', 'setShippingOption needs the id of one of shippingOptions().', {
          field: 'shippingOption',
        });
      }
      return cartOf(shared, [{ field: 'setOrderShippingMethod', args: { shippingMethodId: ['[ID!]!', [optionId]] } }]);
    },

    async paymentOptions() {
      const data = await sessionOf(shared).query<{
        eligiblePaymentMethods: { code: string; name: string; description: string; isEligible: boolean }[];
      }>(PAYMENT_METHODS_QUERY);
      return data.eligiblePaymentMethods
        .filter((m) => m.isEligible)
        .map((m): PaymentOption => {
          const option: PaymentOption = {
            code: m.code,
            name: m.name,
            kind: shared.options.paymentKinds[m.code] ?? 'no-card',
          };
          const description = htmlToText(m.description ?? '');
          if (description) option.description = description;
          return option;
        });
    },

    async pay(cartId, code, metadata = {}) {
      if (typeof code !== 'string' || code === '') {
        throw new ShopletError('invalid_input', 'pay() needs the code of one of paymentOptions().', {
          field: 'paymentMethod',
        });
      }
      const [{ order }, methods] = await Promise.all([loadActiveOrder(shared), this.paymentOptions(cartId)]);
      // The cart may already be an order: a second press, another tab, or a payment whose answer
      // was lost. Report that order instead of taking another payment.
      if (order?.code !== cartId) {
        const earlier = await placedOrder(shared, cartId);
        if (earlier) return earlier;
      }
      if (!order)
        throw new ShopletError('not_found', 'There is no active order to pay: it was already paid or has expired.');
      if (!methods.some((m) => m.code === code)) {
        const known = methods.map((m) => `"${m.code}"`).join(', ') || 'none';
        throw new ShopletError(
          'invalid_input',
          `"${code}" is not a payment method this order can use; paymentOptions() offers ${known}.`,
          {
            field: 'paymentMethod',
          },
        );
      }
      if (order.state !== 'ArrangingPayment') {
        const moved = await shared.features.use((features) =>
          sessionOf(shared).mutate<{ transitionOrderToState: unknown }>(toPaymentMutation(features)),
        );
        if (isErrorResult(moved.transitionOrderToState)) throw errorFromResult(moved.transitionOrderToState);
      }
      let paid: { addPaymentToOrder: unknown };
      try {
        paid = await shared.features.use((features) =>
          sessionOf(shared).mutate<{ addPaymentToOrder: unknown }>(payMutation(features), {
            input: { method: code, metadata },
          }),
        );
      } catch (failure) {
        return afterFailedPayment(shared, order.code, failure);
      }
      if (isErrorResult(paid.addPaymentToOrder)) {
        return afterFailedPayment(shared, order.code, errorFromResult(paid.addPaymentToOrder));
      }
      contact = null;
      return toOrder(paid.addPaymentToOrder as VendureOrder, shared.options.origin) satisfies Order;
    },

    placedOrder: (cartId) => placedOrder(shared, cartId),
  };
}
