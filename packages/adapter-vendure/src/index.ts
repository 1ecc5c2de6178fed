export type { VendureCustomFields, VendureOptions } from './options.js';
export { PENDING_CART_ID } from './shared.js';
export { type VendureAdapterOptions, vendure } from './vendure.js';
