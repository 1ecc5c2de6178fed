export { memoryStorage } from './storage.js';
export { makeCart, makeLine, makeProduct, makeVariant, money } from './testing/fixtures.js';
export { type MemoryAdapter, type MemoryAdapterOptions, memoryAdapter } from './testing/memory-adapter.js';
