import {
  cartParams,
  type ItemExtras,
  itemFromLine,
  itemFromProduct,
  moneyToDecimal,
  orderParams,
} from './analytics-items.js';
import type { Consent } from './consent.js';
import { warnOnce } from './dev-mode.js';
import { ShopletError } from './errors.js';
import type { Cart, CartLine, Order, Product, Variant } from './types.js';

/**
 * The GA4 event names Shoplet sends.
 *
 * @example
 * const name: AnalyticsEventName = 'add_to_cart';
 */
export type AnalyticsEventName =
  | 'view_item'
  | 'select_item'
  | 'add_to_cart'
  | 'remove_from_cart'
  | 'view_cart'
  | 'begin_checkout'
  | 'purchase'
  | 'share'
  | 'video_progress';

/**
 * One analytics event as the sinks receive it: GA4 name and parameters, plus when it happened.
 *
 * @example
 * const e: AnalyticsEvent = { name: 'view_item', params: { currency: 'GBP', value: 59, items: [] }, timestamp: Date.now() };
 */
export interface AnalyticsEvent {
  name: AnalyticsEventName;
  params: Record<string, unknown>;
  timestamp: number;
}

/**
 * Where events go. Any combination; none at all is allowed (events are then only built, for tests).
 *
 * @example
 * const sinks: AnalyticsSinks = { dataLayer: (window.dataLayer ??= []), beacon: { url: '/collect' } };
 */
export interface AnalyticsSinks {
  /** Google Tag Manager's `window.dataLayer`: receives `{ event, ecommerce }` pushes. */
  dataLayer?: unknown[];
  callback?: (event: AnalyticsEvent) => void;
  /** Batched POSTs of `{"events":[…]}` as text/plain (no CORS preflight). */
  beacon?: { url: string; send?: (url: string, body: string) => boolean };
}

/**
 * Options of {@link createAnalytics}.
 *
 * @example
 * const options: AnalyticsOptions = { consent, requireConsent: true, sinks: { callback: console.log } };
 */
export interface AnalyticsOptions {
  sinks?: AnalyticsSinks;
  consent?: Consent;
  /** Send nothing until `consent.grant('analytics')`; default `consent.required`. */
  requireConsent?: boolean;
  /** How long the beacon sink gathers events before sending; default 5 000 ms. */
  batchMs?: number;
  /** Send at once when this many events are waiting; default 20. */
  maxBatch?: number;
  now?: () => number;
  /** Currency for events that carry no money of their own. */
  currency?: string;
  /** Creator or referral code put on items as `affiliation` (a function is read per event). */
  affiliation?: string | null | (() => string | null | undefined);
  /** Timer functions; default the platform's. */
  timers?: { setTimeout: (fn: () => void, ms: number) => unknown; clearTimeout: (handle: unknown) => void };
}

/**
 * The analytics client: GA4-shaped event builders, consent gating and sinks.
 *
 * @example
 * const analytics: Analytics = createAnalytics({ sinks: { dataLayer: [] } });
 * analytics.viewItem(product);
 */
export interface Analytics {
  /** Sends an event; returns it, or `null` when consent is missing (the event is dropped, not kept). */
  track(name: AnalyticsEventName, params: Record<string, unknown>): AnalyticsEvent | null;
  viewItem(product: Product, variant?: Variant | null): AnalyticsEvent | null;
  /** A hotspot or rail item chosen in a post. */
  selectItem(product: Product, context?: { listId?: string; listName?: string; index?: number }): AnalyticsEvent | null;
  addToCart(line: CartLine, quantity?: number): AnalyticsEvent | null;
  removeFromCart(line: CartLine, quantity?: number): AnalyticsEvent | null;
  viewCart(cart: Cart): AnalyticsEvent | null;
  beginCheckout(cart: Cart): AnalyticsEvent | null;
  purchase(order: Order): AnalyticsEvent | null;
  share(input: { method: string; contentType?: string; itemId?: string }): AnalyticsEvent | null;
  videoProgress(input: {
    percent: number;
    currentTime: number;
    duration: number;
    title?: string;
    url?: string;
  }): AnalyticsEvent | null;
  /** Sends the waiting beacon batch now (call on `pagehide`). */
  flush(): void;
  /** Flushes, stops the timer and the consent listener. */
  destroy(): void;
}

const ECOMMERCE: ReadonlySet<AnalyticsEventName> = new Set([
  'view_item',
  'select_item',
  'add_to_cart',
  'remove_from_cart',
  'view_cart',
  'begin_checkout',
  'purchase',
]);
/** Events a failed beacon keeps for the next try, at most. */
const MAX_PENDING = 100;

function defaultSendBeacon(): ((url: string, body: string) => boolean) | undefined {
  const nav = (globalThis as { navigator?: { sendBeacon?: (url: string, body: string) => boolean } }).navigator;
  return typeof nav?.sendBeacon === 'function' ? nav.sendBeacon.bind(nav) : undefined;
}

/**
 * Creates the analytics client. Events follow GA4's recommended ecommerce shapes, so a GTM
 * container or a GA4 tag reads them without mapping. With `requireConsent`, events before
 * `consent.grant('analytics')` are dropped: not sent, not queued, not stored (holding them until
 * consent would process data the shopper has not agreed to). Shoplet sets no cookies.
 *
 * @example
 * const consent = createConsent({ storage: localStorage, required: true });
 * const analytics = createAnalytics({
 *   consent,
 *   sinks: { dataLayer: ((window as any).dataLayer ??= []), beacon: { url: '/collect' } },
 * });
 * consent.grant('analytics');
 * analytics.viewItem(product); // dataLayer: { ecommerce: null }, { event: 'view_item', ecommerce: {…} }
 * addEventListener('pagehide', () => analytics.flush());
 */
export function createAnalytics(options: AnalyticsOptions = {}): Analytics {
  const { sinks = {}, consent, now = Date.now, batchMs = 5_000, maxBatch = 20 } = options;
  const requireConsent = options.requireConsent ?? consent?.required ?? false;
  if (requireConsent && !consent) {
    throw new ShopletError(
      'invalid_config',
      'analytics.consent is needed with requireConsent: pass createConsent({ required: true }) so grant() can enable analytics.',
      { field: 'analytics.consent' },
    );
  }
  if (sinks.beacon && (typeof sinks.beacon.url !== 'string' || sinks.beacon.url === '')) {
    throw new ShopletError(
      'invalid_config',
      "analytics.sinks.beacon.url must be the collector's URL, e.g. '/collect'.",
      {
        field: 'analytics.sinks.beacon.url',
      },
    );
  }
  const timers = options.timers ?? {
    setTimeout: (fn: () => void, ms: number) => globalThis.setTimeout(fn, ms),
    clearTimeout: (h: unknown) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
  };
  const send = sinks.beacon ? (sinks.beacon.send ?? defaultSendBeacon()) : undefined;
  if (sinks.beacon && !send)
    warnOnce('no-beacon', 'analytics.sinks.beacon: this platform has no sendBeacon; pass send');

  let queue: AnalyticsEvent[] = [];
  let timer: unknown;

  const allowed = () => !requireConsent || consent!.granted('analytics');
  const affiliation = () => (typeof options.affiliation === 'function' ? options.affiliation() : options.affiliation);

  const flush = () => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = undefined;
    if (!send || !sinks.beacon || queue.length === 0) return;
    const batch = queue;
    queue = [];
    let ok = false;
    try {
      ok = send(sinks.beacon.url, JSON.stringify({ events: batch }));
    } catch {
      ok = false;
    }
    // sendBeacon returns false when the browser's queue is full: try again with the next batch.
    if (!ok) queue = [...batch, ...queue].slice(-MAX_PENDING);
  };

  const enqueue = (event: AnalyticsEvent) => {
    queue.push(event);
    if (queue.length >= maxBatch) flush();
    else if (timer === undefined) timer = timers.setTimeout(flush, batchMs);
  };

  // Withdrawn consent also discards what is waiting to be sent.
  const offConsent = consent?.$consent.listen(() => {
    if (!allowed()) {
      queue = [];
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
    }
  });

  const deliver = (sink: string, fn: () => void) => {
    try {
      fn();
    } catch (err) {
      // Analytics must never break shopping.
      warnOnce('analytics-sink', `analytics sink "${sink}" threw: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const track: Analytics['track'] = (name, params) => {
    if (!allowed()) return null;
    const event: AnalyticsEvent = { name, params, timestamp: now() };
    if (sinks.dataLayer) {
      const dl = sinks.dataLayer;
      deliver('dataLayer', () => {
        if (ECOMMERCE.has(name)) {
          // GA4: clear the previous ecommerce object so its fields do not leak into this event.
          dl.push({ ecommerce: null });
          dl.push({ event: name, ecommerce: params });
        } else {
          dl.push({ event: name, ...params });
        }
      });
    }
    if (sinks.callback) deliver('callback', () => sinks.callback!(event));
    if (send) enqueue(event);
    return event;
  };

  const extras = (more: ItemExtras = {}): ItemExtras => ({ affiliation: affiliation(), ...more });
  const lineEvent = (name: 'add_to_cart' | 'remove_from_cart', line: CartLine, quantity = line.quantity) => {
    const item = itemFromLine(line, extras({ quantity }));
    const value = moneyToDecimal({
      amount: line.unitPrice.amount * quantity,
      currencyCode: line.unitPrice.currencyCode,
    });
    return track(name, { currency: line.unitPrice.currencyCode, value, items: [item] });
  };

  return {
    track,
    viewItem(product, variant) {
      const v = variant ?? product.variants[0];
      const item = itemFromProduct(product, v, extras());
      const params: Record<string, unknown> = v
        ? { currency: v.price.currencyCode, value: moneyToDecimal(v.price) }
        : options.currency
          ? { currency: options.currency }
          : {};
      return track('view_item', { ...params, items: [item] });
    },
    selectItem(product, context = {}) {
      const item = itemFromProduct(product, null, extras(context));
      const params: Record<string, unknown> = { items: [item] };
      if (context.listId) params.item_list_id = context.listId;
      if (context.listName) params.item_list_name = context.listName;
      return track('select_item', params);
    },
    addToCart: (line, quantity) => lineEvent('add_to_cart', line, quantity),
    removeFromCart: (line, quantity) => lineEvent('remove_from_cart', line, quantity),
    viewCart: (cart) => track('view_cart', cartParams(cart, extras())),
    beginCheckout: (cart) => track('begin_checkout', cartParams(cart, extras())),
    purchase: (order) => track('purchase', orderParams(order, extras())),
    share({ method, contentType = 'product', itemId }) {
      return track('share', { method, content_type: contentType, ...(itemId ? { item_id: itemId } : {}) });
    },
    videoProgress({ percent, currentTime, duration, title, url }) {
      return track('video_progress', {
        video_percent: Math.round(percent),
        video_current_time: Math.round(currentTime),
        video_duration: Math.round(duration),
        video_provider: 'shoplet',
        ...(title ? { video_title: title } : {}),
        ...(url ? { video_url: url } : {}),
      });
    },
    flush,
    destroy() {
      flush();
      offConsent?.();
    },
  };
}
