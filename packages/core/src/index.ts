// The public API of @shoplet/core. What Shoplet's own packages need beyond it is in
// `@shoplet/core/internal`, which may change in any release.
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
  type Ga4Item,
  type ItemExtras,
  itemFromLine,
  itemFromProduct,
  moneyToDecimal,
  opaqueOrderId,
} from './analytics-items.js';
export {
  type Attribution,
  type AttributionOptions,
  type AttributionRecord,
  createAttribution,
  type Utm,
} from './attribution.js';
export type { CartApi, CartStatus } from './cart/cart-api.js';
export { type BoundInlineCheckout, createShoplet, type Shoplet } from './client.js';
export { type Consent, type ConsentOptions, type ConsentPurpose, createConsent } from './consent.js';
export { buildDeepLink, type DeepLink, type DeepLinkTarget, parseDeepLink, withReferral } from './deep-link.js';
export { estimateDelivery } from './delivery/estimate.js';
export { formatDeliveryPromise } from './delivery/format.js';
export { validateDeliveryPolicy } from './delivery/policy-problem.js';
export type {
  DeliveryInput,
  DeliveryMessages,
  DeliveryPolicy,
  DeliveryPromise,
  DeliveryPromisePart,
} from './delivery/types.js';
export { isOutcomeUnknown, isShopletError, ShopletError, type ShopletErrorCode, toShopletError } from './errors.js';
export type { ShopletEvents } from './events.js';
export { addMoney, discountPercent, formatMoney, multiplyMoney } from './money.js';
export type { CrossTabLock, ShopletOptions } from './options.js';
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
export { defaultStorage, memoryStorage } from './storage.js';
// Types only: `AdapterContext.transport` is one; the functions are in `@shoplet/core/internal`.
export type { GraphQLErrorEntry, Transport, TransportRequest, TransportResponse } from './transport.js';
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
