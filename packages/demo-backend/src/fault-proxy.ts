import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What goes wrong with one request:
 * - `error-after-commit`: the backend gets and applies the request, the client gets HTTP 500;
 * - `drop-after-commit`: the backend applies it, the connection is then cut with no answer;
 * - `stall-after-commit`: the backend applies it, the answer is held `ms` (past a client timeout);
 * - `error-before` / `drop-before`: the request never reaches the backend;
 * - `rate-limit`: HTTP 429 with `Retry-After: seconds`, the request never reaches the backend;
 * - `duplicate`: the backend gets the request twice (a retrying middlebox); the client gets the
 *   second answer.
 */
export type Fault =
  | { kind: 'error-after-commit' | 'drop-after-commit' | 'error-before' | 'drop-before' | 'duplicate' }
  | { kind: 'stall-after-commit'; ms: number }
  | { kind: 'rate-limit'; seconds: number };

/** Which requests a fault hits: GraphQL requests whose document names `field` (e.g. `addPaymentToOrder`). */
export interface FaultRule {
  field: string;
  fault: Fault;
  /** How many matching requests it hits before it stops (default 1). */
  times?: number;
}

/** One request that went through the proxy, for assertions. */
export interface ProxiedRequest {
  fields: string[];
  fault: Fault['kind'] | null;
}

export interface FaultProxy {
  /** The proxy's origin, e.g. `http://127.0.0.1:41234`; paths are passed through. */
  url: string;
  /** Arms a fault for the next matching requests. */
  inject(rule: FaultRule): void;
  /** Disarms every fault. */
  clear(): void;
  /** Every request seen, oldest first. */
  readonly requests: ProxiedRequest[];
  stop(): Promise<void>;
}

const KEYWORDS = new Set(['query', 'mutation', 'subscription', 'fragment']);

/** The names a GraphQL document selects or declares (good enough to find the field a rule names). */
function fieldsOf(body: string): string[] {
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    if (typeof query !== 'string') return [];
    return [...query.matchAll(/\b([A-Za-z_][A-Za-z0-9_]*)\s*[({]/g)]
      .map((m) => m[1] as string)
      .filter((name) => !KEYWORDS.has(name));
  } catch {
    return [];
  }
}

/**
 * An HTTP proxy in front of a backend that breaks chosen requests in the ways networks and
 * servers do, so tests can check that no shopper is charged twice and the UI ends up showing
 * what the server has. Listens on 127.0.0.1 only.
 *
 * @example
 * const proxy = await startFaultProxy('http://127.0.0.1:3100');
 * proxy.inject({ field: 'addPaymentToOrder', fault: { kind: 'error-after-commit' } });
 * const shop = createShoplet({ adapter: vendure({ shopApi: `${proxy.url}/shop-api` }) });
 */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const backend = new URL(target);
  const rules: Required<FaultRule>[] = [];
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();

  const forward = (req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
      (resolve, reject) => {
        const out = httpRequest(
          {
            host: backend.hostname,
            port: backend.port,
            method: req.method,
            path: req.url,
            headers: { ...req.headers, host: backend.host },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
            );
            res.on('error', reject);
          },
        );
        out.on('error', reject);
        out.end(body);
      },
    );

  const reply = (res: ServerResponse, answer: Awaited<ReturnType<typeof forward>>) => {
    const headers = { ...answer.headers };
    delete headers['content-length'];
    delete headers['transfer-encoding'];
    res.writeHead(answer.status, headers);
    res.end(answer.body);
  };

  const fail = (res: ServerResponse, status: number, headers: Record<string, string> = {}) => {
    // The CORS headers a browser needs to read the failure at all.
    res.writeHead(status, { 'content-type': 'text/plain', 'access-control-allow-origin': '*', ...headers });
    res.end(`fault proxy: ${status}`);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const fields = req.method === 'POST' ? fieldsOf(body.toString('utf8')) : [];
      const rule = rules.find((r) => r.times > 0 && fields.includes(r.field));
      if (rule) rule.times -= 1;
      const fault = rule?.fault ?? null;
      requests.push({ fields, fault: fault?.kind ?? null });
      try {
        switch (fault?.kind) {
          case undefined:
            return reply(res, await forward(req, body));
          case 'error-before':
            return fail(res, 500);
          case 'drop-before':
            return req.socket.destroy();
          case 'rate-limit':
            return fail(res, 429, { 'retry-after': String(fault.seconds) });
          case 'error-after-commit':
            await forward(req, body);
            return fail(res, 500);
          case 'drop-after-commit':
            await forward(req, body);
            return req.socket.destroy();
          case 'stall-after-commit': {
            const answer = await forward(req, body);
            await new Promise((resolve) => setTimeout(resolve, fault.ms));
            if (!res.destroyed) reply(res, answer);
            return;
          }
          case 'duplicate':
            await forward(req, body);
            return reply(res, await forward(req, body));
        }
      } catch {
        if (!res.headersSent) fail(res, 502);
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    inject: (rule) => rules.push({ times: 1, ...rule }),
    clear: () => {
      rules.length = 0;
    },
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
