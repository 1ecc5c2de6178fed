import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultProxy, startFaultProxy } from '../src/fault-proxy.js';

// A stand-in backend that counts what it applied, so each fault's "before/after commit" shows.
let backend: Server;
let applied: string[] = [];
let proxy: FaultProxy;

beforeAll(async () => {
  backend = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      applied.push(body);
      res.writeHead(200, { 'content-type': 'application/json', 'x-backend': 'yes' });
      res.end(JSON.stringify({ data: { ok: applied.length } }));
    });
  });
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  proxy = await startFaultProxy(`http://127.0.0.1:${(backend.address() as AddressInfo).port}`);
});

afterAll(async () => {
  await proxy.stop();
  await new Promise((resolve) => backend.close(resolve));
});

const send = (query: string) =>
  fetch(`${proxy.url}/shop-api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });

describe('startFaultProxy', () => {
  it('passes requests through untouched when no fault is armed', async () => {
    applied = [];
    const res = await send('mutation { addItemToOrder(productVariantId: 1, quantity: 1) { __typename } }');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-backend')).toBe('yes');
    expect(applied).toHaveLength(1);
  });

  it('answers 500 after the backend applied the request, once', async () => {
    applied = [];
    proxy.inject({ field: 'addPaymentToOrder', fault: { kind: 'error-after-commit' } });
    expect((await send('mutation { addPaymentToOrder(input: {}) { __typename } }')).status).toBe(500);
    expect(applied).toHaveLength(1);
    expect((await send('mutation { addPaymentToOrder(input: {}) { __typename } }')).status).toBe(200);
  });

  it('only hits requests that select the named field', async () => {
    applied = [];
    proxy.inject({ field: 'addPaymentToOrder', fault: { kind: 'error-before' } });
    expect((await send('{ activeOrder { code } }')).status).toBe(200);
    expect((await send('mutation { addPaymentToOrder(input: {}) { code } }')).status).toBe(500);
    expect(applied).toHaveLength(1);
  });

  it('cuts the connection after commit, and before it', async () => {
    applied = [];
    proxy.inject({ field: 'addItemToOrder', fault: { kind: 'drop-after-commit' } });
    await expect(send('mutation { addItemToOrder(productVariantId: 1) { id } }')).rejects.toThrow();
    expect(applied).toHaveLength(1);
    proxy.inject({ field: 'addItemToOrder', fault: { kind: 'drop-before' } });
    await expect(send('mutation { addItemToOrder(productVariantId: 1) { id } }')).rejects.toThrow();
    expect(applied).toHaveLength(1);
  });

  it('holds the answer of an applied request', async () => {
    applied = [];
    proxy.inject({ field: 'addItemToOrder', fault: { kind: 'stall-after-commit', ms: 300 } });
    const started = Date.now();
    const res = send('mutation { addItemToOrder(productVariantId: 1) { id } }');
    expect((await res).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(applied).toHaveLength(1);
  });

  it('answers 429 with Retry-After without reaching the backend', async () => {
    applied = [];
    proxy.inject({ field: 'addItemToOrder', fault: { kind: 'rate-limit', seconds: 2 } });
    const res = await send('mutation { addItemToOrder(productVariantId: 1) { id } }');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(applied).toHaveLength(0);
  });

  it('delivers a duplicated request twice and records every request with its fault', async () => {
    applied = [];
    const before = proxy.requests.length;
    proxy.inject({ field: 'addItemToOrder', fault: { kind: 'duplicate' } });
    const res = await send('mutation { addItemToOrder(productVariantId: 1) { id } }');
    expect(await res.json()).toEqual({ data: { ok: 2 } });
    expect(applied).toHaveLength(2);
    expect(proxy.requests.slice(before)).toEqual([{ fields: ['addItemToOrder'], fault: 'duplicate' }]);
  });
});
