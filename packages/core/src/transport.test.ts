import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTransport } from './transport.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const URL = 'https://shop.test/api/graphql';

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('transport', () => {
  it('retries a 429 after the Retry-After delay, then succeeds', async () => {
    let hits = 0;
    server.use(
      http.post(URL, () => {
        hits++;
        return hits === 1
          ? new HttpResponse('slow down', { status: 429, headers: { 'Retry-After': '2' } })
          : HttpResponse.json({ data: { ok: true } });
      }),
    );
    const { waits, sleep } = recordingSleep();
    const transport = createTransport({ fetch, sleep });
    await expect(transport.graphql(URL, '{ ok }', {}, { idempotent: false })).resolves.toEqual({ ok: true });
    expect(hits).toBe(2);
    expect(waits).toEqual([2000]);
  });

  it('really waits the Retry-After delay with the default sleep', async () => {
    const times: number[] = [];
    server.use(
      http.get(URL, () => {
        times.push(Date.now());
        return times.length === 1
          ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0.2' } })
          : HttpResponse.json({ ok: 1 });
      }),
    );
    await createTransport({ fetch }).request({ url: URL, idempotent: true });
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(190);
  });

  it('retries reads on 5xx but never resends a mutation after a 5xx or a dropped connection', async () => {
    let reads = 0;
    let writes = 0;
    server.use(
      http.get(URL, () => (++reads < 3 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ ok: 1 }))),
      http.post(URL, () => {
        writes++;
        return HttpResponse.error();
      }),
    );
    const { sleep } = recordingSleep();
    const transport = createTransport({ fetch, sleep });
    await expect(transport.request({ url: URL, idempotent: true })).resolves.toMatchObject({ json: { ok: 1 } });
    expect(reads).toBe(3);
    await expect(transport.request({ url: URL, method: 'POST', body: '{}', idempotent: false })).rejects.toMatchObject({
      code: 'network',
    });
    expect(writes).toBe(1);
  });

  it('retries a THROTTLED GraphQL error and maps other errors to ShopletError', async () => {
    let hits = 0;
    server.use(
      http.post(URL, () =>
        ++hits === 1
          ? HttpResponse.json({ errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED' } }] })
          : HttpResponse.json({ errors: [{ message: 'Field "nope" doesn\'t exist', path: ['shop', 'nope'] }] }),
      ),
    );
    const { sleep } = recordingSleep();
    const err = await createTransport({ fetch, sleep })
      .graphql(URL, '{ shop { nope } }', {}, { idempotent: true })
      .then(
        () => ({ message: 'no error' }),
        (e: unknown) => e as { message: string },
      );
    expect(hits).toBe(2);
    expect(err).toMatchObject({ name: 'ShopletError', code: 'backend', field: 'shop.nope' });
    expect(err.message).toContain('nope');
  });

  it('times out a hanging request with a timeout error', async () => {
    server.use(http.get(URL, async () => new Promise<never>(() => {})));
    const { sleep } = recordingSleep();
    const err = await createTransport({ fetch, sleep, timeoutMs: 50, retries: 0 })
      .request({ url: URL, idempotent: true })
      .then(
        () => ({ message: 'no error' }),
        (e: unknown) => e as { message: string },
      );
    expect(err).toMatchObject({ code: 'timeout' });
  });

  it('times out a response whose body stalls half-way', async () => {
    server.use(
      http.get(URL, () => {
        const body = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"partial":'));
            // …and nothing more, ever.
          },
        });
        return new HttpResponse(body, { headers: { 'content-type': 'application/json' } });
      }),
    );
    const { sleep } = recordingSleep();
    const err = await createTransport({ fetch, sleep, timeoutMs: 50, retries: 0 })
      .request({ url: URL, idempotent: true })
      .then(
        () => ({ code: 'resolved' }),
        (e: unknown) => e as { code: string },
      );
    expect(err).toMatchObject({ code: 'timeout' });
  });

  it('names the fix for a rejected token', async () => {
    server.use(http.post(URL, () => new HttpResponse(null, { status: 401 })));
    const err = await createTransport({ fetch })
      .graphql(URL, '{ a }', {}, { idempotent: true })
      .then(
        () => ({ message: 'no error' }),
        (e: unknown) => e as { message: string },
      );
    expect(err).toMatchObject({ code: 'invalid_config', status: 401 });
    expect(err.message).toMatch(/access token/);
  });
});
