import { describe, expect, it, vi } from 'vitest';
import type { StorageLike } from './adapter.js';
import type { AnalyticsEvent } from './analytics.js';
import { opaqueOrderId } from './analytics-items.js';
import { createShoplet } from './client.js';
import type { DeliveryPolicy } from './delivery/types.js';
import type { ShopletOptions } from './options.js';
import { makeProduct, memoryAdapter, memoryStorage } from './testing.js';
import { type TrustOptions, withTrust } from './trust.js';

const shirt = makeProduct({
  handle: 'linen-shirt',
  title: 'Linen shirt',
  options: [{ name: 'Size', values: ['S', 'M'] }],
});
const policy: DeliveryPolicy = {
  timeZone: 'Europe/London',
  cutoff: '14:00',
  processingDays: 0,
  workDays: [1, 2, 3, 4, 5],
  holidays: [],
  transit: { GB: [1, 2], '*': [3, 5] },
};
const NOW = Date.parse('2025-11-26T11:47:00Z'); // a Wednesday, 2 h 13 min before the cut-off

function mapStorage() {
  const data = new Map<string, string>();
  const storage: StorageLike = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  return { data, storage };
}

function setup(
  trust: TrustOptions = {},
  extra: Partial<Parameters<typeof memoryAdapter>[0]> = {},
  storage = memoryStorage(),
) {
  const adapter = memoryAdapter({ products: [shirt], inlineCheckout: true, ...extra });
  const events: AnalyticsEvent[] = [];
  const { analytics, ...rest } = trust;
  const options: ShopletOptions = { adapter, storage, locale: 'en-GB', country: 'GB', now: () => NOW };
  const shop = withTrust(createShoplet(options), {
    now: () => NOW,
    ...rest,
    analytics: { ...analytics, sinks: { callback: (e: AnalyticsEvent) => void events.push(e), ...analytics?.sinks } },
  });
  shop.$cart.listen(() => {}); // as a mounted UI would
  return { adapter, shop, events, storage };
}

const variantM = shirt.variants[1]!.id;

describe('attribution on the cart', () => {
  it('captures the landing referral and attaches it to the cart as hidden attributes', async () => {
    const { shop, adapter } = setup({ url: 'https://blog.example/look?sl_ref=ana&utm_source=ig' });
    expect(shop.attribution.get()).toMatchObject({ ref: 'ana', utm: { source: 'ig' } });
    await shop.cart.add(variantM, 1);
    await vi.waitFor(() =>
      expect(shop.$cart.get()?.attributes).toEqual({ _shoplet_ref: 'ana', _shoplet_utm: 'source=ig' }),
    );
    await shop.cart.add(variantM, 1);
    expect(adapter.calls.setAttributes).toBe(1); // already there: not sent again
  });

  it('re-attaches when a new referral arrives for an existing cart (last touch)', async () => {
    const { shop } = setup({ url: 'https://blog.example/?ref=ana' });
    await shop.cart.add(variantM, 1);
    await vi.waitFor(() => expect(shop.$cart.get()?.attributes._shoplet_ref).toBe('ana'));
    shop.attribution.capture('https://blog.example/?sl_ref=ben');
    await vi.waitFor(() => expect(shop.$cart.get()?.attributes._shoplet_ref).toBe('ben'));
  });

  it('a newer touch without a ref blanks the earlier ref on the cart; expiry leaves the cart alone', async () => {
    let now = NOW;
    const adapter = memoryAdapter({ products: [shirt] });
    const shop = withTrust(createShoplet({ adapter, now: () => now }), {
      now: () => now,
      url: 'https://blog.example/?ref=ana',
    });
    shop.$cart.listen(() => {});
    await shop.cart.add(variantM, 1);
    await vi.waitFor(() => expect(shop.$cart.get()?.attributes._shoplet_ref).toBe('ana'));
    shop.attribution.capture('https://blog.example/?utm_source=newsletter');
    await vi.waitFor(() =>
      expect(shop.$cart.get()?.attributes).toEqual({ _shoplet_ref: '', _shoplet_utm: 'source=newsletter' }),
    );
    now += 8 * 86_400_000;
    expect(shop.attribution.get()).toBeNull();
    await shop.cart.add(variantM, 1);
    await shop.cart.add(variantM, 1);
    expect(shop.$cart.get()?.attributes._shoplet_utm).toBe('source=newsletter');
  });

  it('keeps the credit for the next visit in the client storage', () => {
    const storage = memoryStorage();
    setup({ url: 'https://blog.example/?sl_ref=ana' }, {}, storage);
    const { shop } = setup({ url: 'https://blog.example/' }, {}, storage);
    expect(shop.attribution.get()?.ref).toBe('ana');
  });

  it('does nothing without a credit, when turned off, or when the backend has no cart attributes', async () => {
    const plain = setup({ url: 'https://blog.example/look' });
    await plain.shop.cart.add(variantM, 1);
    const off = setup({ url: 'https://blog.example/?sl_ref=ana', attribution: false });
    expect(off.shop.attribution.get()).toBeNull();
    await off.shop.cart.add(variantM, 1);
    const unsupported = setup({ url: 'https://blog.example/?sl_ref=ana' });
    unsupported.adapter.capabilities.cartAttributes = false;
    await unsupported.shop.cart.add(variantM, 1);
    // Cart calls run in order: a second add settles anything the first one triggered.
    for (const { shop, adapter } of [plain, off, unsupported]) {
      await shop.cart.add(variantM, 1);
      expect(adapter.calls.setAttributes ?? 0).toBe(0);
    }
  });

  it('uses the configured parameter names', () => {
    const { shop } = setup({ url: 'https://blog.example/?aff=carl&sl_ref=ana', attribution: { params: ['aff'] } });
    expect(shop.attribution.get()?.ref).toBe('carl');
  });
});

describe('analytics from client events', () => {
  it('reports adds, quantity changes, removals, checkout and purchase with the creator as affiliation', async () => {
    const { shop, events } = setup({ url: 'https://blog.example/?sl_ref=ana' });
    await shop.cart.add(variantM, 2);
    const line = shop.$cart.get()!.lines[0]!;
    await shop.cart.update(line.id, 3);
    await shop.cart.update(line.id, 1);
    await shop.cart.remove(line.id);
    await shop.cart.add(variantM, 1);
    await shop.checkout.start();
    const inline = shop.checkout.inline!;
    await inline.setContact({ email: 'ana@example.com' });
    await inline.setShippingAddress({
      fullName: 'Ana',
      streetLine1: '1 High St',
      city: 'London',
      postalCode: 'N1 1AA',
      countryCode: 'GB',
    });
    await inline.setShippingOption((await inline.shippingOptions())[0]!.id);
    const order = await inline.pay('demo');
    await Promise.resolve();

    expect(events.map((e) => [e.name, (e.params.items as { quantity: number }[])[0]?.quantity])).toEqual([
      ['add_to_cart', 2],
      ['add_to_cart', 1],
      ['remove_from_cart', 2],
      ['remove_from_cart', 1],
      ['add_to_cart', 1],
      ['begin_checkout', 1],
      ['purchase', 1],
    ]);
    const price = shirt.variants[1]!.price.amount / 100;
    expect(events[0]?.params).toMatchObject({
      currency: 'GBP',
      value: price * 2,
      items: [{ item_id: 'linen-shirt', item_variant: 'M', affiliation: 'ana' }],
    });
    expect(events.at(-1)?.params).toMatchObject({ transaction_id: opaqueOrderId(order.code), affiliation: 'ana' });
  });

  it('turns UI events (views, hotspots, shares, video progress) into GA4 events', () => {
    const { shop, events } = setup();
    shop.emit('product:view', { product: shirt });
    shop.emit('product:select', { product: shirt, postId: 'summer-look', source: 'hotspot' });
    shop.emit('share', { method: 'whatsapp', url: 'https://blog.example/look', postId: 'summer-look' });
    shop.emit('video:progress', { postId: 'summer-look', percent: 25, currentTime: 7.6, duration: 30 });
    expect(events.map((e) => e.name)).toEqual(['view_item', 'select_item', 'share', 'video_progress']);
    expect(events[1]?.params).toMatchObject({ item_list_id: 'summer-look', item_list_name: 'hotspot' });
    expect(events[2]?.params).toEqual({ method: 'whatsapp', content_type: 'post', item_id: 'summer-look' });
  });

  it('with requireConsent, sends and stores nothing until shop.consent.grant("analytics")', async () => {
    const { data, storage } = mapStorage();
    const { shop, events } = setup({ requireConsent: true }, {}, storage);
    await shop.cart.add(variantM, 1);
    shop.emit('product:view', { product: shirt });
    expect(events).toEqual([]);
    expect([...data.keys()].filter((k) => !k.endsWith('cart'))).toEqual([]);
    shop.consent.grant('analytics');
    shop.emit('product:view', { product: shirt });
    expect(events.map((e) => e.name)).toEqual(['view_item']);
    expect(data.get('shoplet:consent')).toBe('{"analytics":true}');
  });

  it('stops listening after destroy', () => {
    const { shop, events } = setup();
    shop.destroy();
    shop.emit('product:view', { product: shirt });
    expect(events).toEqual([]);
  });
});

describe('delivery and returns', () => {
  it('estimates with the configured policy for the client country and formats in its locale', async () => {
    const { shop } = setup({ delivery: policy });
    const estimate = await shop.delivery.estimate();
    expect(estimate).toEqual({ earliest: '2025-11-27', latest: '2025-11-28', orderWithinMs: 7_980_000 });
    expect(shop.delivery.format(estimate!).text).toBe('Order within 2 h 13 min — arrives Thu 27 Nov – Fri 28 Nov');
    expect(await shop.delivery.estimate({ country: 'US' })).toMatchObject({
      earliest: '2025-12-01',
      latest: '2025-12-03',
    });
  });

  it("falls back to the adapter's policy, and to null when there is none", async () => {
    expect(await setup({}, { deliveryPolicy: policy }).shop.delivery.estimate()).toMatchObject({
      earliest: '2025-11-27',
    });
    expect(await setup().shop.delivery.estimate()).toBeNull();
  });

  it('turns a broken adapter policy into no promise rather than an error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { shop } = setup({}, { deliveryPolicy: { ...policy, cutoff: 'noon' } });
    expect(await shop.delivery.estimate()).toBeNull();
    expect(warn.mock.calls.flat().join(' ')).toMatch(/memory\.deliveryPolicy\(\)\.cutoff/);
    warn.mockRestore();
  });

  it('validates delivery and returns options naming the field', () => {
    expect(() => setup({ delivery: { ...policy, workDays: [8] } })).toThrow(
      expect.objectContaining({ code: 'invalid_config', field: 'options.delivery.workDays[0]' }),
    );
    expect(() => setup({ returns: { summary: '' } })).toThrow(
      expect.objectContaining({ field: 'options.returns.summary' }),
    );
    expect(setup({ returns: { summary: 'Free returns within 30 days', url: '/returns' } }).shop.returns).toEqual({
      summary: 'Free returns within 30 days',
      url: '/returns',
    });
    expect(setup().shop.returns).toBeNull();
  });
});
