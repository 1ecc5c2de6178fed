import type { AdapterContext } from './adapter.js';
import { ShopletError, type ShopletErrorCode, toShopletError } from './errors.js';

/**
 * One HTTP request through the shared transport.
 *
 * @example
 * const res = await transport.request({ url: '/cart.js', method: 'GET', idempotent: true });
 */
export interface TransportRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string> | undefined;
  body?: string;
  /**
   * True when sending it twice does no harm (reads). Only idempotent requests are retried after a
   * network error or a 5xx; a mutation is retried only when the server refused it unprocessed (429).
   */
  idempotent: boolean;
  /** Overrides the transport's timeout for this request. */
  timeoutMs?: number;
  /** How credentials are sent (`include` for same-origin theme carts); defaults to `omit`. */
  credentials?: 'omit' | 'same-origin' | 'include';
}

/**
 * A response the transport accepted (2xx), with its parsed JSON body.
 *
 * @example
 * const { json, headers } = await transport.request({ url, idempotent: true });
 */
export interface TransportResponse<T = unknown> {
  status: number;
  headers: Headers;
  json: T;
}

/**
 * A GraphQL error entry as servers return it.
 *
 * @example
 * const e: GraphQLErrorEntry = { message: 'Throttled', extensions: { code: 'THROTTLED' } };
 */
export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: (string | number)[];
}

/**
 * The shared HTTP/GraphQL transport adapters use: timeouts through `AbortController`, retries with
 * exponential backoff that honour `Retry-After`, and errors mapped to {@link ShopletError} codes.
 *
 * @example
 * const data = await transport.graphql<{ shop: { name: string } }>(url, '{ shop { name } }', {}, { idempotent: true });
 */
export interface Transport {
  request<T = unknown>(req: TransportRequest): Promise<TransportResponse<T>>;
  graphql<T>(
    url: string,
    query: string,
    variables: Record<string, unknown>,
    options: { idempotent: boolean; headers?: Record<string, string>; onResponse?: (headers: Headers) => void },
  ): Promise<T>;
}

/**
 * Options of {@link createTransport}.
 *
 * @example
 * createTransport({ fetch, timeoutMs: 8000, retries: 3 });
 */
export interface TransportOptions {
  fetch: typeof fetch;
  /** Per-attempt timeout; default 10 000 ms. */
  timeoutMs?: number | undefined;
  /** Extra attempts after the first; default 3. */
  retries?: number | undefined;
  /** First backoff delay; doubled each attempt (with jitter); default 300 ms. */
  baseDelayMs?: number;
  /** Longest wait the transport accepts from `Retry-After`; default 30 000 ms. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const RETRYABLE_GRAPHQL_CODES = ['THROTTLED', 'MAX_COST_EXCEEDED_RETRY'];

const STATUS_CODES: Record<number, ShopletErrorCode> = {
  400: 'invalid_input',
  401: 'invalid_config',
  403: 'invalid_config',
  404: 'not_found',
  422: 'invalid_input',
  429: 'rate_limited',
};

/**
 * Creates the transport. The client makes one per instance and hands it to its adapter.
 *
 * @example
 * const transport = createTransport({ fetch: globalThis.fetch.bind(globalThis) });
 */
export function createTransport(options: TransportOptions): Transport {
  const { timeoutMs = 10_000, retries = 3, baseDelayMs = 300, maxDelayMs = 30_000 } = options;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  const backoff = (attempt: number) => Math.min(maxDelayMs, baseDelayMs * 2 ** attempt * (0.75 + Math.random() * 0.5));

  async function request<T>(req: TransportRequest): Promise<TransportResponse<T>> {
    const { url, body, idempotent } = req;
    const json = 'application/json';
    for (let attempt = 0; ; attempt++) {
      // One attempt, body included: a response that stalls half-way times out like one that never starts.
      const controller = new AbortController();
      const { signal } = controller;
      const timer = setTimeout(() => controller.abort(), req.timeoutMs ?? timeoutMs);
      let response: Response | undefined;
      let text = '';
      let wait: number | undefined;
      try {
        response = await options.fetch(url, {
          method: req.method ?? (body === undefined ? 'GET' : 'POST'),
          headers: { accept: json, ...(body !== undefined && { 'content-type': json }), ...req.headers },
          // Left out when undefined (WebIDL), as a GET needs.
          body: body as string,
          credentials: req.credentials ?? 'omit',
          signal,
        });
        // Not every fetch aborts a body that is already streaming: race it against the timer (an
        // AbortError, reported as a timeout).
        text = await Promise.race([
          response.text(),
          new Promise<never>((_, reject) => (signal.onabort = () => reject(signal.reason))),
        ]);
      } catch (err) {
        // A mutation may have reached the server before the connection failed: never resend it.
        if (!idempotent || attempt >= retries) throw toShopletError(err, 'network');
        response = undefined;
      } finally {
        clearTimeout(timer);
      }
      if (response) {
        const { status, headers } = response;
        if (response.ok) {
          try {
            return { status, headers, json: text ? JSON.parse(text) : null };
          } catch (cause) {
            throw new ShopletError('backend', `${url} answered with something that is not JSON.`, { cause, status });
          }
        }
        if (!(status === 429 || (idempotent && status >= 500)) || attempt >= retries) {
          const code = STATUS_CODES[status] ?? 'backend';
          throw new ShopletError(
            code,
            `${url} answered HTTP ${status}.${code === 'invalid_config' ? ' Check the access token and that this site is an allowed origin for it.' : ''}`,
            { status, cause: text },
          );
        }
        // Retry-After is seconds or an HTTP date.
        const header = headers.get('retry-after');
        if (header) {
          const seconds = Number(header);
          const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
          if (!Number.isNaN(ms)) wait = Math.min(Math.max(0, ms), maxDelayMs);
        }
      }
      await sleep(wait ?? backoff(attempt));
    }
  }

  async function graphql<T>(
    url: string,
    query: string,
    variables: Record<string, unknown>,
    opts: { idempotent: boolean; headers?: Record<string, string>; onResponse?: (headers: Headers) => void },
  ): Promise<T> {
    const body = JSON.stringify({ query, variables });
    for (let attempt = 0; ; attempt++) {
      const { headers, json } = await request<{ data?: T; errors?: GraphQLErrorEntry[] }>({
        url,
        method: 'POST',
        body,
        idempotent: opts.idempotent,
        headers: opts.headers,
      });
      opts.onResponse?.(headers);
      const errors = json?.errors;
      if (errors?.length) {
        const throttled = errors.some((e) => RETRYABLE_GRAPHQL_CODES.includes(e.extensions?.code as string));
        // A throttled operation was not executed, so even a mutation may be sent again.
        if (!throttled || attempt >= retries) {
          const path = errors[0]?.path;
          throw new ShopletError(
            throttled ? 'rate_limited' : 'backend',
            `GraphQL error from ${url}: ${errors.map((e) => e.message).join('; ')}`,
            { cause: errors, field: path?.join('.') },
          );
        }
        await sleep(backoff(attempt));
      } else if (json?.data == null) throw new ShopletError('backend', `${url} returned no data.`, { cause: json });
      else return json.data;
    }
  }

  return { request, graphql };
}

const transports = new WeakMap<AdapterContext, Transport>();

/**
 * The transport an adapter uses for a client: the one the context supplies, else one built from
 * the client's `fetch`, `timeoutMs` and `retries` (once per context).
 *
 * @example
 * init(ctx) { transport = transportFor(ctx); }
 */
export function transportFor(ctx: AdapterContext): Transport {
  const transport = ctx.transport ?? transports.get(ctx) ?? createTransport(ctx);
  transports.set(ctx, transport);
  return transport;
}
