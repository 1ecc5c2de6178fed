export { boot } from './boot.js';
export { findOwnScript, readEmbedConfig } from './config.js';
export { type Loader, type LoaderOptions, startLoader } from './loader.js';
export type { ShopletPageApi } from './page-api.js';
export type { ElementChunks, EmbedConfig, EmbedParts, LoadWhen, TrustConfig } from './types.js';
