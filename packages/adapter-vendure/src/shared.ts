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
