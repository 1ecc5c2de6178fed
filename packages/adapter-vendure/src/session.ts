import { send, type VendureShared } from './shared.js';

/**
 * The shopper's Vendure session (see {@link sessionOf}): what the active order is read and changed
 * through.
 *
 * @example
 * const data = await sessionOf(shared).query<{ activeOrder: unknown }>('{activeOrder{code}}');
 */
export interface VendureSession {
  /** A read: retried by the transport after network errors. */
  query<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
  /** A write: never resent after the request may have reached the server. */
  mutate<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * The session of one adapter, made on first use: sends GraphQL with the session's bearer token,
 * and keeps the token that Vendure hands out in the client's storage, so a reload finds the same
 * active order.
 *
 * @example
 * const data = await sessionOf(shared).query<{ activeOrder: unknown }>('{activeOrder{code}}');
 */
export function sessionOf(shared: VendureShared): VendureSession {
  if (!shared.session) {
    const key = `vendure-auth-token:${shared.options.url}`;
    let token: string | null = null;
    const sendWithToken = <T>(
      document: string,
      variables: Record<string, unknown>,
      idempotent: boolean,
    ): Promise<T> => {
      const storage = shared.ctx?.storage;
      // Read the stored token on every request: another tab may have started the session since,
      // and both tabs must share it or each gets its own order.
      token = storage?.getItem(key) ?? token;
      return send<T>(
        shared,
        document,
        variables,
        idempotent,
        token ? { authorization: `Bearer ${token}` } : {},
        (response) => {
          const given = response.get('vendure-auth-token');
          if (given && given !== token) {
            token = given;
            storage?.setItem(key, given);
          }
        },
      );
    };
    const call = <T>(document: string, variables: Record<string, unknown> = {}, idempotent = false): Promise<T> => {
      const lock = shared.ctx?.lock;
      const hasSession = Boolean(shared.ctx?.storage.getItem(key) ?? token);
      // A session request without a token makes Vendure start a session (reads of the active
      // order too). Two tabs doing that at once would get two sessions, two orders, and one tab's
      // first add would be lost: the first request waits for any other tab's, then reads the
      // token that tab stored.
      if (hasSession || !lock) return sendWithToken<T>(document, variables, idempotent);
      return lock(key, () => sendWithToken<T>(document, variables, idempotent));
    };
    shared.session = { query: (document, variables) => call(document, variables, true), mutate: call };
  }
  return shared.session;
}
