import { type AdapterContext, ShopletError } from '@shoplet/core';
import { transportFor } from '@shoplet/core/internal';
import type { ResolvedVendureOptions } from './options.js';
import type { FeatureSource } from './schema-features.js';
import type { VendureSession } from './session.js';

/**
 * What the adapter's parts share: options, the client's context, the schema features, the
 * shopper's session once started, and attributes waiting for Vendure to create the order.
 *
 * @example
 * const features = await shared.features.get();
 */
export interface VendureShared {
  options: ResolvedVendureOptions;
  /** The client's context, from the adapter's `init`. */
  ctx?: AdapterContext;
  features: FeatureSource;
  /** The session (see `sessionOf`), made on first use: showing products needs none. */
  session?: VendureSession;
  /** Attributes set before the order existed; written with the first added line. */
  pendingAttributes: Record<string, string> | null;
}

/**
 * Sends one GraphQL request through the client's transport with the channel header, plus
 * `headers`. Without a session: the catalogue, the shipping windows and the schema are public,
 * and the session (see `sessionOf`) adds its token on top of this. A read (`idempotent`) is
 * retried by the transport after network errors; a write is never resent.
 *
 * @example
 * const data = await send(shared, 'query ShopletShippingWindows{activeShippingMethods{id}}', {}, true);
 */
export function send<T>(
  { ctx, options: { url, channelToken } }: VendureShared,
  document: string,
  variables: Record<string, unknown>,
  idempotent: boolean,
  headers?: Record<string, string>,
  onResponse?: (headers: Headers) => void,
): Promise<T> {
  if (!ctx) {
    throw new ShopletError('invalid_config', 'Pass the adapter to createShoplet({ adapter: vendure({ … }) }) first.', {
      field: 'adapter',
    });
  }
  return transportFor(ctx).graphql<T>(url, document, variables, {
    idempotent,
    headers: { ...(channelToken && { 'vendure-token': channelToken }), ...headers },
    // Optional in the transport too; the cast only satisfies exactOptionalPropertyTypes.
    onResponse: onResponse as (headers: Headers) => void,
  });
}

/**
 * The id a cart has before Vendure has created its order: Vendure creates the active order on the
 * first `addItemToOrder`, so an empty cart of a fresh session has no order code yet.
 *
 * @example
 * if (cart.id === PENDING_CART_ID) console.log('nothing added yet');
 */
export const PENDING_CART_ID = 'vendure:pending';
