import { type ShopletError, validateDeliveryPolicy, warnOnce } from '@shoplet/core';
import { emit } from '../../internal/events.js';

/**
 * Reports a wrong delivery policy: one warning and a `shoplet-error` event whose message names the
 * field and the fix. Loaded by `<shoplet-delivery-promise>` only when its policy is wrong, so the
 * words of every fix stay out of what a page loads.
 *
 * @example
 * reportPolicy(element, { ...policy, cutoff: '2pm' }, '<shoplet-delivery-promise>.policy');
 * // shoplet-error: { code: 'invalid_config', field: '<shoplet-delivery-promise>.policy.cutoff', … }
 */
export function reportPolicy(element: HTMLElement & { product?: string | undefined }, policy: unknown, path: string) {
  try {
    validateDeliveryPolicy(policy, path);
  } catch (err) {
    const { code, message, field } = err as ShopletError;
    warnOnce('invalid-attribute', message);
    emit(element, 'shoplet-error', {
      code,
      message,
      field: field ?? path,
      ...(element.product ? { product: element.product } : {}),
    });
  }
}
