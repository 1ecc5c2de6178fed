import {
  DEV_MODE,
  type DeliveryPolicy,
  policyFault,
  type Shoplet,
  validateDeliveryPolicy,
  warnOnce,
} from '@shoplet/core';

const cache = new WeakMap<Shoplet, Promise<DeliveryPolicy | null>>();

/**
 * The delivery policy a client knows: its configured policy (`shop.delivery.policy()`, when the
 * client has delivery installed), else the adapter's (`adapter.deliveryPolicy()`), else `null`.
 * One lookup per client, shared by every element on the page; a failed lookup is retried next
 * time and never throws (the promise is simply not shown).
 *
 * @example
 * const policy = await clientDeliveryPolicy(shop);
 * if (policy) console.log(estimateDelivery(policy, { country: shop.country }));
 */
export function clientDeliveryPolicy(shop: Shoplet): Promise<DeliveryPolicy | null> {
  let pending = cache.get(shop);
  if (!pending) {
    // `delivery` is an optional part of a client: read it defensively.
    const { delivery, adapter } = shop as Shoplet & { delivery?: { policy?: () => Promise<DeliveryPolicy | null> } };
    pending = Promise.resolve()
      .then(() => (typeof delivery?.policy === 'function' ? delivery.policy() : adapter.deliveryPolicy?.()))
      .then((policy) => {
        if (policy && policyFault(policy)) {
          // Not shown either way; development builds say which field is wrong and how to fix it.
          if (DEV_MODE) validateDeliveryPolicy(policy, `${adapter.name}.deliveryPolicy()`);
          throw 0;
        }
        return policy ?? null;
      })
      .catch((err: unknown) => {
        cache.delete(shop);
        warnOnce('delivery-policy', `no delivery promise: ${(err as Error)?.message ?? err}`);
        return null;
      });
    cache.set(shop, pending);
  }
  return pending;
}
