export { PENDING_CART_ID } from './map-order.js';
export type { VendureCustomFields, VendureOptions } from './options.js';
export { type VendureAdapterOptions, vendure } from './vendure.js';
