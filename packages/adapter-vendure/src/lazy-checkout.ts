import type { InlineCheckout } from '@shoplet/core';
import type { VendureShared } from './shared.js';

/**
 * The inline checkout, loaded on its first call: browsing and the cart never carry the checkout
 * steps, their queries or the placed-order mapping. Every call goes to one checkout instance, so
 * the contact given in `setContact` is still known at `setShippingAddress`.
 *
 * @example
 * const inline = lazyInlineCheckout(shared);
 * await inline.setContact(cart.id, { email: 'ana@example.com' }); // loads inline-checkout.js once
 */
export function lazyInlineCheckout(shared: VendureShared): InlineCheckout {
  let loaded: Promise<InlineCheckout> | undefined;
  const load = (): Promise<InlineCheckout> => {
    loaded ??= import('./inline-checkout.js').then(
      (m) => m.createInlineCheckout(shared),
      (err: unknown) => {
        loaded = undefined; // a failed chunk load (offline) can be retried
        throw err;
      },
    );
    return loaded;
  };
  return {
    setContact: async (cartId, contact) => (await load()).setContact(cartId, contact),
    setShippingAddress: async (cartId, address) => (await load()).setShippingAddress(cartId, address),
    shippingOptions: async (cartId) => (await load()).shippingOptions(cartId),
    setShippingOption: async (cartId, optionId) => (await load()).setShippingOption(cartId, optionId),
    paymentOptions: async (cartId) => (await load()).paymentOptions(cartId),
    pay: async (cartId, code, metadata) => (await load()).pay(cartId, code, metadata),
  };
}
