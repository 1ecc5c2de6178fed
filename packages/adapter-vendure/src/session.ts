import { type AdapterContext, ShopletError, transportFor } from '@shoplet/core';
import type { ResolvedVendureOptions } from './options.js';

const TOKEN_HEADER = 'vendure-auth-token';

/**
 * The Vendure session of one client: sends GraphQL through the client's transport with the
 * channel header and the session's bearer token, and keeps the token that Vendure hands out in
 * the client's storage, so a reload finds the same active order.
 *
 * @example
 * const session = new VendureSession(options);
 * session.init(ctx);
 * const data = await session.query<{ activeOrder: unknown }>('{ activeOrder { code } }');
 */
export class VendureSession {
  readonly #options: ResolvedVendureOptions;
  #ctx: AdapterContext | undefined;
  #token: string | null = null;
  readonly #storageKey: string;

  constructor(options: ResolvedVendureOptions) {
    this.#options = options;
    this.#storageKey = `vendure-auth-token:${options.url}`;
  }

  init(ctx: AdapterContext): void {
    this.#ctx = ctx;
    this.#token = ctx.storage.getItem(this.#storageKey);
  }

  get context(): AdapterContext {
    if (!this.#ctx) {
      throw new ShopletError(
        'invalid_config',
        'The Vendure adapter was used before init(ctx). Pass it to createShoplet({ adapter: vendure({ … }) }) instead of calling its methods directly.',
        { field: 'adapter' },
      );
    }
    return this.#ctx;
  }

  /** True once Vendure has given this client a session. */
  get hasSession(): boolean {
    return this.#token !== null;
  }

  /** A read: retried by the transport after network errors. */
  query<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.#send<T>(document, variables, true);
  }

  /** A write: never resent after the request may have reached the server. */
  mutate<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.#send<T>(document, variables, false);
  }

  #send<T>(document: string, variables: Record<string, unknown>, idempotent: boolean): Promise<T> {
    const transport = transportFor(this.context);
    const headers: Record<string, string> = {};
    if (this.#options.channelToken) headers['vendure-token'] = this.#options.channelToken;
    // Read the stored token on every request: another tab may have started the session since, and
    // both tabs must share it or each gets its own order.
    this.#token = this.context.storage.getItem(this.#storageKey) ?? this.#token;
    if (this.#token) headers.authorization = `Bearer ${this.#token}`;
    return transport.graphql<T>(this.#options.url, document, variables, {
      idempotent,
      headers,
      onResponse: (responseHeaders) => this.#remember(responseHeaders.get(TOKEN_HEADER)),
    });
  }

  #remember(token: string | null): void {
    if (!token || token === this.#token) return;
    this.#token = token;
    this.#ctx?.storage.setItem(this.#storageKey, token);
  }
}
