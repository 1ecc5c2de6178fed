import { atom } from 'nanostores';
import { type Analytics, type AnalyticsOptions, createAnalytics } from './analytics.js';
import { type Attribution, createAttribution } from './attribution.js';
import type { Shoplet } from './client.js';
import { type Consent, createConsent } from './consent.js';
import { estimateDelivery } from './delivery/estimate.js';
import { formatDeliveryPromise } from './delivery/format.js';
import { validateDeliveryPolicy } from './delivery/policy-problem.js';
import type { DeliveryPolicy, DeliveryPromise } from './delivery/types.js';
import { warnOnce } from './dev-mode.js';
import { ShopletError } from './errors.js';
import type { Cart, CartLine, DeliveryEstimate } from './types.js';

/**
 * The return policy shown in the trust strip: a one-line summary and a link to the full policy.
 *
 * @example
 * const returns: ReturnsInfo = { summary: 'Free returns within 30 days', url: 'https://shop.example/returns' };
 */
export interface ReturnsInfo {
  summary: string;
  url?: string;
}

/**
 * Trust and social options of {@link withTrust} (and {@link installTrust}).
 *
 * @example
 * const options: TrustOptions = {
 *   attribution: { params: ['sl_ref', 'ref'], windowMs: 7 * 86_400_000 },
 *   analytics: { sinks: { beacon: { url: '/collect' } } },
 *   requireConsent: true,
 *   returns: { summary: 'Free returns within 30 days', url: '/returns' },
 * };
 */
export interface TrustOptions {
  /** Referral and UTM capture; `false` turns it off. */
  attribution?: { params?: string[]; windowMs?: number } | false;
  /** Where analytics events go (no sinks: events are built and dropped). */
  analytics?: Omit<AnalyticsOptions, 'consent' | 'requireConsent' | 'now' | 'affiliation'>;
  /** Send no analytics until `shop.consent.grant('analytics')`. Default false. */
  requireConsent?: boolean;
  /** Dispatch and transit rules; default: what the adapter knows (`adapter.deliveryPolicy()`). */
  delivery?: DeliveryPolicy;
  returns?: ReturnsInfo;
  /** The landing URL to capture attribution from; default `location.href` where there is one. */
  url?: string;
  now?: () => number;
}

/**
 * Delivery estimates for the client's market.
 *
 * @example
 * const estimate = await shop.delivery.estimate();
 * if (estimate) label.textContent = shop.delivery.format(estimate).text;
 */
export interface DeliveryApi {
  /** The configured policy, else the adapter's; `null` when neither has one. */
  policy(): Promise<DeliveryPolicy | null>;
  /** Estimate for `country` (default the client's country); `null` without a policy or transit. */
  estimate(input?: { country?: string; now?: number | Date }): Promise<DeliveryEstimate | null>;
  /** The sentence and parts in the client's locale. */
  format(estimate: DeliveryEstimate): DeliveryPromise;
}

/**
 * What {@link installTrust} adds to a client.
 *
 * @example
 * const trust: Trust = installTrust(shop, { requireConsent: true });
 * trust.consent.grant('analytics');
 */
export interface Trust {
  readonly attribution: Attribution;
  readonly consent: Consent;
  readonly analytics: Analytics;
  readonly delivery: DeliveryApi;
  readonly returns: ReturnsInfo | null;
  destroy(): void;
}

type ShopCore = Pick<Shoplet, 'adapter' | 'storage' | 'locale' | 'country' | 'cart' | '$cart' | 'on'>;

function disabledAttribution(): Attribution {
  return {
    $attribution: atom(null),
    capture: () => null,
    get: () => null,
    attributeToCreator: () => null,
    clear: () => {},
    toCartAttributes: () => ({}),
  };
}

function checkReturns(returns: unknown): ReturnsInfo | null {
  if (returns === undefined) return null;
  const r = returns as Partial<ReturnsInfo> | null;
  if (!r || typeof r.summary !== 'string' || !r.summary.trim()) {
    throw new ShopletError(
      'invalid_config',
      "options.returns.summary must be a short sentence such as 'Free returns within 30 days'.",
      { field: 'options.returns.summary' },
    );
  }
  if (r.url !== undefined && typeof r.url !== 'string') {
    throw new ShopletError('invalid_config', 'options.returns.url must be the URL of the full return policy.', {
      field: 'options.returns.url',
    });
  }
  return r.url === undefined ? { summary: r.summary } : { summary: r.summary, url: r.url };
}

function landingUrl(): string | undefined {
  try {
    return (globalThis as { location?: { href?: string } }).location?.href;
  } catch {
    return undefined;
  }
}

/**
 * Adds attribution, consent, analytics, delivery estimates and the return policy to a client, and
 * wires them to its events: the landing URL's referral is captured and attached to the cart as
 * attributes (when the adapter supports them), and cart and checkout events become GA4 events.
 * Most code wants {@link withTrust}, which puts these on the client itself.
 *
 * @example
 * const trust = installTrust(shop, { url: 'https://blog.example/look?sl_ref=ana', requireConsent: true });
 * trust.attribution.get()?.ref; // 'ana'
 */
export function installTrust(shop: ShopCore, options: TrustOptions = {}): Trust {
  const now = options.now ?? Date.now;
  if (options.delivery !== undefined) validateDeliveryPolicy(options.delivery, 'options.delivery');
  const returns = checkReturns(options.returns);

  const attribution =
    options.attribution === false
      ? disabledAttribution()
      : createAttribution({ storage: shop.storage, now, storageKey: 'attribution', ...options.attribution });
  const consent = createConsent({
    storage: shop.storage,
    required: options.requireConsent ?? false,
    storageKey: 'consent',
  });
  const analytics = createAnalytics({
    ...options.analytics,
    consent,
    requireConsent: options.requireConsent ?? false,
    now,
    affiliation: () => attribution.get()?.ref,
  });

  attribution.capture(options.url ?? landingUrl());

  // Attribution onto the cart: react to changes (nanostores idiom), never inside cart actions.
  let syncing = false;
  let lastTried = '';
  const syncCart = (cart: Cart | null = shop.$cart.get()) => {
    if (syncing || !shop.adapter.capabilities.cartAttributes) return;
    if (!cart || cart.id.startsWith('optimistic')) return;
    const current = attribution.toCartAttributes();
    // An expired credit stays on a cart it was given to; only a newer touch replaces it.
    if (Object.keys(current).length === 0) return;
    // A newer touch replaces every Shoplet key: one without a ref blanks the previous ref.
    const wanted: Record<string, string> = { _shoplet_ref: '', _shoplet_utm: '', ...current };
    const missing = Object.entries(wanted).filter(([k, v]) => (cart.attributes[k] ?? '') !== v);
    const signature = `${cart.id}|${JSON.stringify(wanted)}`;
    // One try per cart and credit: a backend that refuses attributes is not asked in a loop.
    if (missing.length === 0 || signature === lastTried) return;
    lastTried = signature;
    syncing = true;
    shop.cart
      .setAttributes(Object.fromEntries(missing))
      .catch((err: unknown) => warnOnce('attribution-cart', `could not attach attribution to the cart: ${String(err)}`))
      .finally(() => {
        syncing = false;
        syncCart(); // the credit may have changed meanwhile; the signature check stops repeats
      });
  };

  // Lines by id as last seen, so an update that removed a line can still be reported.
  const lines = new Map<string, CartLine>();
  const remember = (cartLines: CartLine[] | undefined) => {
    for (const l of cartLines ?? []) lines.set(l.id, l);
  };

  const offs = [
    attribution.$attribution.listen(() => syncCart()),
    shop.on('cart:change', ({ cart }) => {
      remember(cart?.lines);
      syncCart(cart);
    }),
    shop.on('cart:add', ({ line, quantity, cart }) => {
      remember(cart.lines);
      if (line) analytics.addToCart(line, quantity);
    }),
    shop.on('cart:update', ({ line, lineId, quantity, previousQuantity, cart }) => {
      const known = line ?? lines.get(lineId);
      remember(cart.lines);
      if (!known || quantity === previousQuantity) return;
      if (quantity > previousQuantity) analytics.addToCart(known, quantity - previousQuantity);
      else analytics.removeFromCart(known, previousQuantity - quantity);
    }),
    shop.on('cart:remove', ({ line }) => void analytics.removeFromCart(line)),
    shop.on('cart:view', ({ cart }) => {
      if (cart) analytics.viewCart(cart);
    }),
    shop.on('checkout:start', ({ cart }) => void analytics.beginCheckout(cart)),
    shop.on('checkout:complete', ({ order }) => void analytics.purchase(order)),
    shop.on('product:view', ({ product }) => void analytics.viewItem(product)),
    shop.on('product:select', ({ product, postId, source }) => {
      analytics.selectItem(product, { ...(postId ? { listId: postId } : {}), ...(source ? { listName: source } : {}) });
    }),
    shop.on('share', ({ method, product, postId }) => {
      const itemId = product?.handle ?? postId;
      analytics.share({ method, contentType: product ? 'product' : 'post', ...(itemId ? { itemId } : {}) });
    }),
    shop.on('video:progress', ({ percent, currentTime, duration, postId }) => {
      analytics.videoProgress({ percent, currentTime, duration, ...(postId ? { title: postId } : {}) });
    }),
  ];

  let adapterPolicy: Promise<DeliveryPolicy | null> | null = null;
  const policy = async (): Promise<DeliveryPolicy | null> => {
    if (options.delivery) return options.delivery;
    if (!shop.adapter.deliveryPolicy) return null;
    adapterPolicy ??= shop.adapter.deliveryPolicy().then((p) => {
      if (p) validateDeliveryPolicy(p, `${shop.adapter.name}.deliveryPolicy()`);
      return p;
    });
    try {
      return await adapterPolicy;
    } catch (err) {
      adapterPolicy = null; // try again next time
      warnOnce('delivery-policy', `no delivery promise: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  };

  return {
    attribution,
    consent,
    analytics,
    returns,
    delivery: {
      policy,
      async estimate(input = {}) {
        const p = await policy();
        if (!p) return null;
        return estimateDelivery(p, { now: input.now ?? now(), country: input.country ?? shop.country });
      },
      format: (estimate) => formatDeliveryPromise(estimate, shop.locale, now()),
    },
    destroy() {
      for (const off of offs) off();
      analytics.destroy();
    },
  };
}

/**
 * A client with the trust and social features attached (see {@link withTrust}).
 *
 * @example
 * const shop: ShopletWithTrust = withTrust(createShoplet({ adapter }), { requireConsent: true });
 */
export type ShopletWithTrust = Shoplet & Omit<Trust, 'destroy'>;

/**
 * Adds attribution, consent, analytics, delivery estimates and the return policy to a client, as
 * `shop.attribution`, `shop.consent`, `shop.analytics`, `shop.delivery` and `shop.returns`. They
 * are a separate step so a page that does not use them does not download them.
 *
 * @example
 * import { createShoplet, withTrust } from '@shoplet/core';
 *
 * const shop = withTrust(createShoplet({ adapter }), {
 *   requireConsent: true,
 *   analytics: { sinks: { dataLayer: window.dataLayer } },
 *   returns: { summary: 'Free returns within 30 days', url: '/returns' },
 * });
 * shop.attribution.get()?.ref; // the creator credited for this visit, if any
 */
export function withTrust(shop: Shoplet, options: TrustOptions = {}): ShopletWithTrust {
  const trust = installTrust(shop, options);
  const destroyClient = shop.destroy;
  // Assigned onto the client itself, so its getters (locale, country) and identity stay the same.
  return Object.assign(shop, {
    attribution: trust.attribution,
    consent: trust.consent,
    analytics: trust.analytics,
    delivery: trust.delivery,
    returns: trust.returns,
    destroy() {
      trust.destroy();
      destroyClient();
    },
  });
}
