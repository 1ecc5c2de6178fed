// End-to-end check of `pnpm start`: both servers come up on 127.0.0.1, the examples and the
// Shop API answer, and SIGTERM stops everything.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

it('serves the examples and the demo Shop API, and stops on SIGTERM', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'shoplet-start-'));
  const child = spawn(
    process.execPath,
    ['scripts/start.mjs', '--port', '8155', '--backend-port', '3155', '--data-dir', dataDir],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await new Promise((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        if (output.includes('Press Ctrl-C')) resolve(undefined);
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      exited.then(() => reject(new Error(`start.mjs exited early:\n${output}`)));
    });
    expect(output).toContain('http://127.0.0.1:8155/examples/');
    expect(output).toContain('http://127.0.0.1:3155/shop-api');

    const res = await fetch('http://127.0.0.1:3155/shop-api', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:8155' },
      body: JSON.stringify({ query: '{ products { totalItems } }' }),
    });
    expect((await res.json()).data.products.totalItems).toBeGreaterThanOrEqual(12);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8155');

    const index = await fetch('http://127.0.0.1:8155/');
    expect(index.url).toBe('http://127.0.0.1:8155/examples/');
    expect(await index.text()).toContain('Shoplet examples');
    const config = await (await fetch('http://127.0.0.1:8155/shoplet-config.js')).text();
    expect(config).toContain('http://127.0.0.1:3155/shop-api');
    // Workspace packages are served from their TypeScript sources, compiled on request.
    const core = await fetch('http://127.0.0.1:8155/packages/core/src/index.ts');
    expect(core.headers.get('content-type')).toMatch(/javascript/);

    // Both servers listen on loopback only.
    const listening = await new Promise((resolve) => {
      const ss = spawn('ss', ['-ltn'], { stdio: ['ignore', 'pipe', 'ignore'] });
      let text = '';
      ss.stdout.on('data', (chunk) => {
        text += chunk;
      });
      ss.on('close', () => resolve(text));
      ss.on('error', () => resolve(''));
    });
    for (const port of [8155, 3155]) {
      const lines = String(listening)
        .split('\n')
        .filter((line) => line.includes(`:${port} `));
      if (listening) expect(lines.length, `port ${port} listed by ss`).toBeGreaterThan(0);
      for (const line of lines) expect(line).toContain(`127.0.0.1:${port}`);
    }

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch('http://127.0.0.1:3155/shop-api')).rejects.toThrow();
    await expect(fetch('http://127.0.0.1:8155/')).rejects.toThrow();
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
}, 240_000);
