import type { StorageLike } from './adapter.js';

/**
 * Storage kept in memory: the default outside browsers (Node, workers, SSR).
 *
 * @example
 * const shop = createShoplet({ adapter, storage: memoryStorage() });
 */
export function memoryStorage(): StorageLike {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
  };
}

/**
 * `localStorage` when the platform has a working one (not in Safari private mode, not blocked by
 * cookie settings), else memory.
 *
 * @example
 * const storage = defaultStorage();
 */
export function defaultStorage(): StorageLike {
  try {
    const ls = (globalThis as { localStorage?: StorageLike }).localStorage;
    if (ls) {
      ls.setItem('shoplet:probe', '1');
      ls.removeItem('shoplet:probe');
      return ls;
    }
  } catch {
    /* storage exists but is unusable: fall through to memory */
  }
  return memoryStorage();
}

/**
 * Prefixes every key, so two clients (two stores on one page) never share state.
 *
 * @example
 * const scoped = namespaced(localStorage, 'shoplet:default:');
 */
export function namespaced(storage: StorageLike, prefix: string): StorageLike {
  return {
    getItem: (key) => storage.getItem(prefix + key),
    setItem: (key, value) => storage.setItem(prefix + key, value),
    removeItem: (key) => storage.removeItem(prefix + key),
  };
}

/**
 * Reads JSON from storage; a corrupt or missing entry reads as `null` instead of throwing.
 *
 * @example
 * const saved = readJson<{ id: string }>(storage, 'cart');
 */
export function readJson<T>(storage: StorageLike, key: string): T | null {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/**
 * Writes JSON to storage; a full or blocked storage is ignored (the in-memory state stays right).
 *
 * @example
 * writeJson(storage, 'cart', { id: 'c1' });
 */
export function writeJson(storage: StorageLike, key: string, value: unknown): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    /* quota exceeded or storage blocked: keep working from memory */
  }
}
