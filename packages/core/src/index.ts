export type * from './adapter.js';
export type { CartApi, CartStatus } from './cart.js';
export { type BoundInlineCheckout, createShoplet, type Shoplet } from './client.js';
export type { DeliveryPolicy } from './delivery-types.js';
export { DEV_MODE, warnOnce } from './dev-mode.js';
export { createEmitter, type Emitter } from './emitter.js';
export { isShopletError, ShopletError, type ShopletErrorCode, toShopletError } from './errors.js';
export type { ShopletEvents } from './events.js';
export {
  addMoney,
  currencyDigits,
  discountPercent,
  formatMoney,
  multiplyMoney,
  parseMoney,
  toDecimalString,
} from './money.js';
export type { ShopletOptions } from './options.js';
export type { ProductState, ProductsApi } from './products.js';
export { defaultStorage, memoryStorage, namespaced } from './storage.js';
export {
  createTransport,
  type GraphQLErrorEntry,
  type Transport,
  type TransportOptions,
  type TransportRequest,
  type TransportResponse,
} from './transport.js';
export type * from './types.js';
