// preloadCart() loads the cart-change code ahead of the first change (the pointer on an add
// button), without a request to the backend; a failed load does not stick.
import { memoryStorage } from '@shoplet/core';
import { describe, expect, it, vi } from 'vitest';
import { connect } from './backend.js';

const loads = vi.hoisted(() => ({ count: 0, fail: true }));
vi.mock('../src/cart.js', async (importOriginal) => {
  loads.count++;
  if (loads.fail) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

describe('preloadCart', () => {
  it('loads the cart code without asking the backend, and tries again after a failed load', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const adapter = connect('http://shop.test/shop-api', memoryStorage(), {}, fetch);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Connecting asks which schema features the backend has; preloading asks nothing more.
    const asked = fetch.mock.calls.length;
    await expect(adapter.preloadCart?.()).rejects.toThrow();
    loads.fail = false;
    await adapter.preloadCart?.();
    await adapter.preloadCart?.();
    expect(loads.count).toBe(2);
    expect(fetch).toHaveBeenCalledTimes(asked);
  });
});
