import type { ResolvedVendureOptions } from './options.js';
import type { SchemaFeatures } from './schema-features.js';
import type { VendureSession } from './session.js';

/**
 * What the adapter's parts share: options, the session, the detected schema features, and
 * attributes waiting for Vendure to create the order.
 *
 * @example
 * const features = await shared.features();
 */
export interface VendureShared {
  options: ResolvedVendureOptions;
  session: VendureSession;
  features(): Promise<SchemaFeatures>;
  /** Attributes set before the order existed; written with the first added line. */
  pendingAttributes: Record<string, string> | null;
}

/**
 * The id a cart has before Vendure has created its order: Vendure creates the active order on the
 * first `addItemToOrder`, so an empty cart of a fresh session has no order code yet.
 *
 * @example
 * if (cart.id === PENDING_CART_ID) console.log('nothing added yet');
 */
export const PENDING_CART_ID = 'vendure:pending';
