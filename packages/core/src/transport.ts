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
  headers?: Record<string, string>;
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
  timeoutMs?: number;
  /** Extra attempts after the first; default 3. */
  retries?: number;
  /** First backoff delay; doubled each attempt (with jitter); default 300 ms. */
  baseDelayMs?: number;
  /** Longest wait the transport accepts from `Retry-After`; default 30 000 ms. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const RETRYABLE_GRAPHQL_CODES = new Set(['THROTTLED', 'MAX_COST_EXCEEDED_RETRY']);

function retryAfterMs(headers: Headers, now: number): number | null {
  const value = headers.get('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

const STATUS_CODES: Record<number, ShopletErrorCode> = {
  400: 'invalid_input',
  401: 'invalid_config',
  403: 'invalid_config',
  404: 'not_found',
  422: 'invalid_input',
  429: 'rate_limited',
};

function statusError(status: number, url: string, body: unknown): ShopletError {
  const code = STATUS_CODES[status] ?? 'backend';
  const hint =
    code === 'invalid_config' ? ' Check the access token and that this site is an allowed origin for it.' : '';
  return new ShopletError(code, `${url} answered HTTP ${status}.${hint}`, { status, cause: body });
}

/**
 * Creates the transport. The client makes one per instance and hands it to its adapter.
 *
 * @example
 * const transport = createTransport({ fetch: globalThis.fetch.bind(globalThis) });
 */
export function createTransport(options: TransportOptions): Transport {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 3;
  const baseDelay = options.baseDelayMs ?? 300;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));

  const backoff = (attempt: number) => Math.min(maxDelay, baseDelay * 2 ** attempt * (0.75 + Math.random() * 0.5));

  /** One attempt, body included: a response that stalls half-way times out like one that never starts. */
  async function attemptOnce(req: TransportRequest): Promise<{ response: Response; text: string }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), req.timeoutMs ?? timeoutMs);
    try {
      const response = await options.fetch(req.url, {
        method: req.method ?? (req.body === undefined ? 'GET' : 'POST'),
        headers: {
          accept: 'application/json',
          ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...req.headers,
        },
        ...(req.body === undefined ? {} : { body: req.body }),
        credentials: req.credentials ?? 'omit',
        signal: controller.signal,
      });
      // Not every fetch aborts a body that is already streaming: race it against the timer.
      const aborted = new Promise<never>((_, reject) =>
        controller.signal.addEventListener('abort', () => reject(new DOMException('Timed out', 'AbortError'))),
      );
      return { response, text: await Promise.race([response.text(), aborted]) };
    } finally {
      clearTimeout(timer);
    }
  }

  async function request<T>(req: TransportRequest): Promise<TransportResponse<T>> {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      let text: string;
      try {
        ({ response, text } = await attemptOnce(req));
      } catch (err) {
        const error = toShopletError(err, 'network');
        // A mutation may have reached the server before the connection failed: never resend it.
        if (!req.idempotent || attempt >= retries) throw error;
        await sleep(backoff(attempt));
        continue;
      }
      if (response.ok) {
        let json: T;
        try {
          json = (text ? JSON.parse(text) : null) as T;
        } catch (err) {
          throw new ShopletError('backend', `${req.url} answered with something that is not JSON.`, {
            cause: err,
            status: response.status,
          });
        }
        return { status: response.status, headers: response.headers, json };
      }
      const retryable = response.status === 429 || (req.idempotent && response.status >= 500);
      if (!retryable || attempt >= retries) throw statusError(response.status, req.url, text);
      const wait = retryAfterMs(response.headers, Date.now());
      await sleep(wait === null ? backoff(attempt) : Math.min(wait, maxDelay));
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
      const res = await request<{ data?: T; errors?: GraphQLErrorEntry[] }>({
        url,
        method: 'POST',
        body,
        idempotent: opts.idempotent,
        ...(opts.headers ? { headers: opts.headers } : {}),
      });
      opts.onResponse?.(res.headers);
      const errors = res.json?.errors;
      if (errors?.length) {
        const throttled = errors.some((e) => RETRYABLE_GRAPHQL_CODES.has(e.extensions?.code ?? ''));
        // A throttled operation was not executed, so even a mutation may be sent again.
        if (throttled && attempt < retries) {
          await sleep(backoff(attempt));
          continue;
        }
        const first = errors[0];
        throw new ShopletError(
          throttled ? 'rate_limited' : 'backend',
          `GraphQL error from ${url}: ${errors.map((e) => e.message).join('; ')}`,
          { cause: errors, ...(first?.path ? { field: first.path.join('.') } : {}) },
        );
      }
      if (res.json?.data === undefined || res.json.data === null) {
        throw new ShopletError('backend', `${url} returned no data.`, { cause: res.json });
      }
      return res.json.data;
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
  let transport = ctx.transport ?? transports.get(ctx);
  if (!transport) {
    transport = createTransport({
      fetch: ctx.fetch,
      ...(ctx.timeoutMs === undefined ? {} : { timeoutMs: ctx.timeoutMs }),
      ...(ctx.retries === undefined ? {} : { retries: ctx.retries }),
    });
    transports.set(ctx, transport);
  }
  return transport;
}
