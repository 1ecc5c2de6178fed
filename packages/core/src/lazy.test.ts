import { describe, expect, it, vi } from 'vitest';
import { lazy } from './lazy.js';

describe('lazy', () => {
  it('imports once however often it is asked for, and keeps the module as current', async () => {
    const importer = vi.fn(async () => ({ answer: 42 }));
    const code = lazy(importer);
    expect(code.current).toBeUndefined();
    code.preload();
    const [a, b] = await Promise.all([code.load(), code.tryLoad()]);
    expect(a).toBe(b);
    expect(code.current).toBe(a);
    expect(importer).toHaveBeenCalledOnce();
  });

  it('tries a failed import again on the next use; tryLoad and preload never reject', async () => {
    let fail = true;
    const importer = vi.fn(async () => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return { ok: true };
    });
    const code = lazy(importer);
    await expect(code.load()).rejects.toThrow(TypeError);
    await expect(code.tryLoad()).resolves.toBeUndefined();
    expect(() => code.preload()).not.toThrow();
    // The preload's attempt is the one in flight: it fails too, quietly.
    await expect(code.tryLoad()).resolves.toBeUndefined();
    expect(code.current).toBeUndefined();
    fail = false;
    await expect(code.load()).resolves.toEqual({ ok: true });
    expect(code.current).toEqual({ ok: true });
    expect(importer.mock.calls.length).toBeGreaterThanOrEqual(4);
  });
});
