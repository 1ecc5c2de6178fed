import { describe, expect, it } from 'vitest';
import type { StorageLike } from './adapter.js';
import { type AnalyticsEvent, type AnalyticsSinks, createAnalytics } from './analytics.js';
import { moneyToDecimal, opaqueOrderId } from './analytics-items.js';
import { createConsent } from './consent.js';
import { makeCart, makeLine, makeProduct, makeVariant, money } from './testing.js';
import type { Order } from './types.js';

/** Manual timers: nothing fires until the test says so. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let id = 0;
  return {
    pending,
    timers: {
      setTimeout: (fn: () => void, ms: number) => {
        pending.set(++id, { fn, ms });
        return id;
      },
      clearTimeout: (h: unknown) => void pending.delete(h as number),
    },
    fireAll() {
      const due = [...pending.values()];
      pending.clear();
      for (const t of due) t.fn();
    },
  };
}

function beaconSink(result = true) {
  const sent: { url: string; events: AnalyticsEvent[] }[] = [];
  const beacon = {
    url: '/collect',
    send: (url: string, body: string) => {
      sent.push({ url, events: JSON.parse(body).events });
      return result;
    },
  };
  return { sent, beacon };
}

const shirt = makeProduct({
  handle: 'linen-shirt',
  title: 'Linen shirt',
  vendor: 'Acme',
  tags: ['Apparel', 'Shirts'],
  variants: [makeVariant({ id: 'v1', title: 'M / Sand', price: money(1999, 'GBP') })],
});

describe('event payloads', () => {
  it('view_item carries a GA4 item with decimal price, brand, categories and the creator', () => {
    const analytics = createAnalytics({ affiliation: () => 'ana', now: () => 42 });
    expect(analytics.viewItem(shirt)).toEqual({
      name: 'view_item',
      timestamp: 42,
      params: {
        currency: 'GBP',
        value: 19.99,
        items: [
          {
            item_id: 'linen-shirt',
            item_name: 'Linen shirt',
            item_variant: 'M / Sand',
            item_brand: 'Acme',
            item_category: 'Apparel',
            item_category2: 'Shirts',
            price: 19.99,
            quantity: 1,
            affiliation: 'ana',
          },
        ],
      },
    });
  });

  it('converts minor units exactly, whatever the currency digits', () => {
    expect(moneyToDecimal(money(500, 'JPY'))).toBe(500);
    expect(moneyToDecimal(money(1234, 'KWD'))).toBe(1.234);
    expect(moneyToDecimal(money(5, 'EUR'))).toBe(0.05);
    expect(moneyToDecimal(money(-250, 'GBP'))).toBe(-2.5);
    // 3 × 0.10 as floats is 0.30000000000000004; from minor units it is 0.3.
    const dime = makeProduct({ variants: [makeVariant({ price: money(10, 'USD') })] });
    const event = createAnalytics().addToCart(makeLine(dime, 3));
    expect(event?.params.value).toBe(0.3);
  });

  it('add_to_cart and remove_from_cart count only the changed quantity', () => {
    const line = makeLine(shirt, 5);
    const analytics = createAnalytics();
    const added = analytics.addToCart(line, 2);
    expect(added?.params).toMatchObject({ currency: 'GBP', value: 39.98 });
    expect(added?.params.items).toEqual([
      { item_id: 'linen-shirt', item_name: 'Linen shirt', item_variant: 'M / Sand', price: 19.99, quantity: 2 },
    ]);
    expect(analytics.removeFromCart(line)?.params).toMatchObject({ value: 99.95, items: [{ quantity: 5 }] });
  });

  it('select_item names the post as the list and the hotspot index', () => {
    const e = createAnalytics().selectItem(shirt, { listId: 'summer-look', listName: 'Summer look', index: 2 });
    expect(e?.params).toMatchObject({
      item_list_id: 'summer-look',
      item_list_name: 'Summer look',
      items: [{ item_id: 'linen-shirt', index: 2, item_list_id: 'summer-look', item_list_name: 'Summer look' }],
    });
  });

  it('view_cart and begin_checkout report the subtotal, accepted coupons and per-unit discounts', () => {
    const line = { ...makeLine(shirt, 2), total: money(3598, 'GBP') }; // 2.00 off per unit
    const cart = makeCart({
      lines: [line],
      subtotal: money(3598, 'GBP'),
      discountCodes: [
        { code: 'SUMMER', applicable: true },
        { code: 'EXPIRED', applicable: false },
      ],
    });
    const analytics = createAnalytics();
    for (const e of [analytics.viewCart(cart), analytics.beginCheckout(cart)]) {
      expect(e?.params).toEqual({
        currency: 'GBP',
        value: 35.98,
        coupon: 'SUMMER',
        items: [
          {
            item_id: 'linen-shirt',
            item_name: 'Linen shirt',
            item_variant: 'M / Sand',
            price: 19.99,
            quantity: 2,
            discount: 2,
            index: 0,
          },
        ],
      });
    }
    expect(analytics.viewCart(makeCart({ lines: [] }))?.params.items).toEqual([]);
  });

  it('purchase has the order code, total, shipping and the affiliation', () => {
    const order: Order = {
      code: 'AB12CD',
      state: 'PaymentSettled',
      lines: [makeLine(shirt)],
      total: money(2494),
      shipping: money(495),
    };
    expect(createAnalytics({ affiliation: 'ana' }).purchase(order)?.params).toMatchObject({
      transaction_id: opaqueOrderId('AB12CD'),
      currency: 'GBP',
      value: 24.94,
      shipping: 4.95,
      affiliation: 'ana',
      items: [{ item_id: 'linen-shirt', price: 19.99, quantity: 1, affiliation: 'ana' }],
    });
  });

  it('share and video_progress use GA4 parameter names', () => {
    const analytics = createAnalytics();
    expect(analytics.share({ method: 'whatsapp', itemId: 'linen-shirt' })?.params).toEqual({
      method: 'whatsapp',
      content_type: 'product',
      item_id: 'linen-shirt',
    });
    expect(
      analytics.videoProgress({ percent: 50.4, currentTime: 15.2, duration: 30, title: 'Summer look' })?.params,
    ).toEqual({
      video_percent: 50,
      video_current_time: 15,
      video_duration: 30,
      video_provider: 'shoplet',
      video_title: 'Summer look',
    });
  });
});

describe('sinks', () => {
  it('dataLayer: clears the previous ecommerce object before each ecommerce event', () => {
    const dataLayer: unknown[] = [];
    const analytics = createAnalytics({ sinks: { dataLayer } });
    analytics.viewItem(shirt);
    analytics.share({ method: 'copy' });
    expect(dataLayer).toHaveLength(3);
    expect(dataLayer[0]).toEqual({ ecommerce: null });
    expect(dataLayer[1]).toMatchObject({ event: 'view_item', ecommerce: { currency: 'GBP', value: 19.99 } });
    expect(dataLayer[2]).toEqual({ event: 'share', method: 'copy', content_type: 'product' });
  });

  it('a throwing sink does not stop the others or the caller', () => {
    const seen: string[] = [];
    const sinks: AnalyticsSinks = {
      dataLayer: {
        push: () => {
          throw new Error('GTM broke');
        },
      } as unknown as unknown[],
      callback: (e) => void seen.push(e.name),
    };
    expect(createAnalytics({ sinks }).viewItem(shirt)).not.toBeNull();
    expect(seen).toEqual(['view_item']);
  });

  it('beacon: batches events and sends them once after batchMs', () => {
    const { sent, beacon } = beaconSink();
    const t = manualTimers();
    const analytics = createAnalytics({ sinks: { beacon }, batchMs: 3000, timers: t.timers });
    analytics.viewItem(shirt);
    analytics.share({ method: 'telegram' });
    expect(sent).toEqual([]);
    expect([...t.pending.values()].map((p) => p.ms)).toEqual([3000]); // one timer for the batch
    t.fireAll();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('/collect');
    expect(sent[0]?.events.map((e) => e.name)).toEqual(['view_item', 'share']);
    t.fireAll();
    expect(sent).toHaveLength(1); // nothing new, nothing sent
  });

  it('beacon: flush() sends at once, a full batch goes without waiting, destroy() flushes', () => {
    const { sent, beacon } = beaconSink();
    const t = manualTimers();
    const analytics = createAnalytics({ sinks: { beacon }, maxBatch: 3, timers: t.timers });
    analytics.share({ method: 'x' });
    analytics.flush();
    expect(sent.map((b) => b.events.length)).toEqual([1]);
    expect(t.pending.size).toBe(0);
    for (let i = 0; i < 3; i++) analytics.share({ method: 'x' });
    expect(sent.map((b) => b.events.length)).toEqual([1, 3]);
    analytics.share({ method: 'line' });
    analytics.destroy();
    expect(sent.map((b) => b.events.length)).toEqual([1, 3, 1]);
  });

  it('beacon: keeps a refused batch for the next flush', () => {
    let accept = false;
    const bodies: string[] = [];
    const beacon = {
      url: '/collect',
      send: (_: string, body: string) => {
        bodies.push(body);
        return accept;
      },
    };
    const analytics = createAnalytics({ sinks: { beacon }, timers: manualTimers().timers });
    analytics.share({ method: 'a' });
    analytics.flush();
    accept = true;
    analytics.share({ method: 'b' });
    analytics.flush();
    expect(JSON.parse(bodies[1]!).events.map((e: AnalyticsEvent) => e.params.method)).toEqual(['a', 'b']);
    analytics.flush();
    expect(bodies).toHaveLength(2);
  });
});

describe('consent gating', () => {
  function gated() {
    const data = new Map<string, string>();
    const storage: StorageLike = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
    const consent = createConsent({ storage, required: true });
    const dataLayer: unknown[] = [];
    const calls: AnalyticsEvent[] = [];
    const { sent, beacon } = beaconSink();
    const t = manualTimers();
    const analytics = createAnalytics({
      consent,
      requireConsent: true,
      sinks: { dataLayer, beacon, callback: (e) => void calls.push(e) },
      timers: t.timers,
    });
    return { data, consent, dataLayer, calls, sent, t, analytics };
  }

  it('sends, queues and stores nothing before consent; events before consent are dropped, not held', () => {
    const g = gated();
    expect(g.analytics.viewItem(shirt)).toBeNull();
    expect(g.analytics.addToCart(makeLine(shirt))).toBeNull();
    g.analytics.flush();
    g.t.fireAll();
    expect(g.dataLayer).toEqual([]);
    expect(g.calls).toEqual([]);
    expect(g.sent).toEqual([]);
    expect(g.t.pending.size).toBe(0);
    expect(g.data.size).toBe(0);

    g.consent.grant('analytics');
    g.analytics.flush();
    expect(g.sent).toEqual([]); // the earlier events are gone for good
    g.analytics.share({ method: 'whatsapp' });
    g.analytics.flush();
    expect(g.calls.map((e) => e.name)).toEqual(['share']);
    expect(g.sent.flatMap((b) => b.events.map((e) => e.name))).toEqual(['share']);
  });

  it('withdrawing consent stops events and discards the waiting batch', () => {
    const g = gated();
    g.consent.grant('analytics');
    g.analytics.share({ method: 'x' });
    g.consent.revoke('analytics');
    g.t.fireAll();
    g.analytics.flush();
    expect(g.sent).toEqual([]);
    expect(g.analytics.share({ method: 'x' })).toBeNull();
  });

  it('follows consent.required by default and refuses requireConsent without a consent store', () => {
    const consent = createConsent({ required: true });
    expect(createAnalytics({ consent }).share({ method: 'x' })).toBeNull();
    expect(() => createAnalytics({ requireConsent: true })).toThrow(
      expect.objectContaining({ code: 'invalid_config', field: 'analytics.consent' }),
    );
  });
});

describe('opaqueOrderId', () => {
  it('gives analytics a stable id that does not contain or reveal the order code', () => {
    const code = 'H27XDC1A4VCJG4LS';
    const id = opaqueOrderId(code);
    expect(id).toMatch(/^o-[0-9a-f]{14}$/);
    expect(id).not.toContain(code);
    expect(opaqueOrderId(code)).toBe(id);
    const others = new Set(['H27XDC1A4VCJG4LT', 'h27xdc1a4vcjg4ls', 'AB12CD', ''].map(opaqueOrderId));
    expect(others.size).toBe(4);
    expect(others.has(id)).toBe(false);
  });
});
