export type * from './adapter.js';
export {
  type Analytics,
  type AnalyticsEvent,
  type AnalyticsEventName,
  type AnalyticsOptions,
  type AnalyticsSinks,
  createAnalytics,
} from './analytics.js';
export {
  cartParams,
  type Ga4Item,
  type ItemExtras,
  itemFromLine,
  itemFromProduct,
  moneyToDecimal,
  orderParams,
} from './analytics-items.js';
export {
  type Attribution,
  type AttributionOptions,
  type AttributionRecord,
  createAttribution,
  type Utm,
} from './attribution.js';
export type { CartApi, CartStatus } from './cart.js';
export { type BoundInlineCheckout, createShoplet, type Shoplet } from './client.js';
export { type Consent, type ConsentOptions, type ConsentPurpose, createConsent } from './consent.js';
export { buildDeepLink, type DeepLink, type DeepLinkTarget, parseDeepLink, withReferral } from './deep-link.js';
export { type DeliveryInput, estimateDelivery, validateDeliveryPolicy } from './delivery.js';
export {
  type DeliveryMessages,
  type DeliveryPromise,
  type DeliveryPromisePart,
  formatDeliveryPromise,
} from './delivery-format.js';
export { formatLoadedDeliveryPromise, loadDeliveryWording } from './delivery-text.js';
export type { DeliveryPolicy } from './delivery-types.js';
export { deliveryWindow, type PolicyFault, policyFault } from './delivery-window.js';
export { DEV_MODE, warnOnce } from './dev-mode.js';
export { createEmitter, type Emitter } from './emitter.js';
export { isShopletError, ShopletError, type ShopletErrorCode, toShopletError } from './errors.js';
export type { ShopletEvents } from './events.js';
export { type Lazy, lazy } from './lazy.js';
export { addMoney, discountPercent, formatMoney, multiplyMoney } from './money.js';
export { parseMoney } from './money-parse.js';
export { currencyDigits, toDecimalString } from './money-units.js';
export type { ShopletOptions } from './options.js';
export type { ProductState, ProductsApi } from './products.js';
export {
  type NavigatorShareLike,
  SHARE_TARGETS,
  type ShareData,
  type ShareLinks,
  type ShareResult,
  type ShareTarget,
  share,
  shareLinks,
} from './share.js';
export { defaultStorage, memoryStorage, namespaced } from './storage.js';
export {
  createTransport,
  type GraphQLErrorEntry,
  type Transport,
  type TransportOptions,
  type TransportRequest,
  type TransportResponse,
  transportFor,
} from './transport.js';
export {
  type DeliveryApi,
  installTrust,
  type ReturnsInfo,
  type ShopletWithTrust,
  type Trust,
  type TrustOptions,
  withTrust,
} from './trust.js';
export type * from './types.js';
