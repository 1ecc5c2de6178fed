import { type AdapterContext, ShopletError, transportFor } from '@shoplet/core';
import type { ResolvedVendureOptions } from './options.js';

/**
 * The Vendure session of one client (see {@link vendureSession}).
 *
 * @example
 * const data = await session.query<{ activeOrder: unknown }>('{activeOrder{code}}');
 */
export interface VendureSession {
  /** Called from the adapter's `init`: the client's transport and storage. */
  init(ctx: AdapterContext): void;
  /** A read: retried by the transport after network errors. */
  query<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
  /** A write: never resent after the request may have reached the server. */
  mutate<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * Sends GraphQL through the client's transport with the channel header and the session's bearer
 * token, and keeps the token that Vendure hands out in the client's storage, so a reload finds the
 * same active order.
 *
 * @example
 * const session = vendureSession(options);
 * session.init(ctx);
 * const data = await session.query<{ activeOrder: unknown }>('{activeOrder{code}}');
 */
export function vendureSession({ url, channelToken }: ResolvedVendureOptions): VendureSession {
  const key = `vendure-auth-token:${url}`;
  let ctx: AdapterContext | undefined;
  let token: string | null = null;
  const send = <T>(document: string, variables: Record<string, unknown> = {}, idempotent = false): Promise<T> => {
    if (!ctx) {
      throw new ShopletError(
        'invalid_config',
        'Pass the adapter to createShoplet({ adapter: vendure({ … }) }) first.',
        {
          field: 'adapter',
        },
      );
    }
    const { storage } = ctx;
    // Read the stored token on every request: another tab may have started the session since, and
    // both tabs must share it or each gets its own order.
    token = storage.getItem(key) ?? token;
    return transportFor(ctx).graphql<T>(url, document, variables, {
      idempotent,
      headers: {
        ...(channelToken && { 'vendure-token': channelToken }),
        ...(token && { authorization: `Bearer ${token}` }),
      },
      onResponse(response) {
        const given = response.get('vendure-auth-token');
        if (given && given !== token) {
          token = given;
          storage.setItem(key, given);
        }
      },
    });
  };
  return {
    init(context) {
      ctx = context;
    },
    query: (document, variables) => send(document, variables, true),
    mutate: send,
  };
}
