// The add-to-cart round trip of `PurchaseController.add()`, loaded on first use or when the
// pointer or focus reaches an add button (`PurchaseController.preload()`).
import { emit } from '../events/emit.js';
import { toMajorUnits } from './major-units.js';
import type { PurchaseController } from './purchase.js';

/**
 * Adds the controller's selected variant and quantity: `busy` while the backend answers, then
 * `added` (for 2.5 s) with a `shoplet-add-to-cart` event, or `error` with a `shoplet-error` event.
 * Does nothing while an add is under way or when the variant cannot be bought.
 *
 * @example
 * await add(purchase);
 */
export async function add(purchase: PurchaseController): Promise<void> {
  const { host, product, variant, quantity } = purchase;
  const shop = host.shop;
  if (!shop || !product || !variant?.availableForSale || purchase.status === 'busy') return;
  purchase.status = 'busy';
  purchase.error = '';
  host.requestUpdate();
  try {
    await shop.cart.add(variant.id, quantity);
  } catch (err) {
    purchase.fail(err, product);
    return;
  }
  purchase.status = 'added';
  emit(host, 'shoplet-add-to-cart', {
    productId: product.id,
    productHandle: product.handle,
    productTitle: product.title,
    variantId: variant.id,
    variantTitle: variant.title,
    sku: variant.sku,
    quantity,
    price: variant.price,
    currency: variant.price.currencyCode,
    value: toMajorUnits(variant.price) * quantity,
  });
  clearTimeout(purchase.addedTimer);
  purchase.addedTimer = setTimeout(() => {
    if (purchase.status === 'added') {
      purchase.status = 'idle';
      host.requestUpdate();
    }
  }, 2500);
  host.requestUpdate();
}
