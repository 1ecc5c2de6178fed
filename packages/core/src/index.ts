export type * from './types.js';
export type * from './adapter.js';
export type { DeliveryPolicy } from './delivery-types.js';
export { ShopletError, isShopletError, toShopletError, type ShopletErrorCode } from './errors.js';
export { createTransport, type Transport, type TransportOptions, type TransportRequest, type TransportResponse, type GraphQLErrorEntry } from './transport.js';
export { DEV_MODE, warnOnce } from './dev-mode.js';
