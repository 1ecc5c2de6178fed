import type { DeliveryPolicy, Shoplet } from '@shoplet/core';
import { describePolicyProblem, findPolicyProblem, warnOnce } from '@shoplet/core/internal';

const cache = new WeakMap<Shoplet, Promise<DeliveryPolicy | null>>();

/** Where a client keeps the policy it was configured with (`withTrust(shop, { delivery })`). */
type WithDelivery = Shoplet & { delivery?: { policy?: () => Promise<DeliveryPolicy | null> } };

/**
 * The delivery policy a client knows: its configured policy (`shop.delivery.policy()`, when the
 * client has delivery installed), else the adapter's (`adapter.deliveryPolicy()`), else `null`.
 * One lookup per client, shared by every element on the page; a failed lookup or a wrong policy
 * gives `null` (the promise is simply not shown) and is tried again next time.
 *
 * @example
 * const policy = await clientDeliveryPolicy(shop);
 * if (policy) console.log(estimateDelivery(policy, { country: shop.country }));
 */
export function clientDeliveryPolicy(shop: Shoplet): Promise<DeliveryPolicy | null> {
  let pending = cache.get(shop);
  if (!pending) {
    // `delivery` is an optional part of a client: read it defensively.
    const { delivery, adapter } = shop as WithDelivery;
    const notShown = (reason: string) => {
      cache.delete(shop);
      warnOnce('delivery-policy', `no delivery promise: ${reason}`);
      return null;
    };
    pending = Promise.resolve()
      .then(() => (typeof delivery?.policy === 'function' ? delivery.policy() : adapter.deliveryPolicy?.()))
      .then(
        (policy) => {
          const problem = policy ? findPolicyProblem(policy) : undefined;
          if (problem) return notShown(describePolicyProblem(problem, `${adapter.name}.deliveryPolicy()`));
          return policy ?? null;
        },
        (err: unknown) => notShown(err instanceof Error ? err.message : String(err)),
      );
    cache.set(shop, pending);
  }
  return pending;
}
