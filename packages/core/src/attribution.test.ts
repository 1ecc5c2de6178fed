import { describe, expect, it } from 'vitest';
import type { StorageLike } from './adapter.js';
import { createAttribution } from './attribution.js';

const DAY = 86_400_000;

function setup(options: { params?: string[]; windowMs?: number } = {}) {
  const data = new Map<string, string>();
  const storage: StorageLike = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  const clock = { t: Date.parse('2026-05-01T10:00:00Z') };
  const make = () => createAttribution({ storage, now: () => clock.t, ...options });
  return { data, storage, clock, make, attribution: make() };
}

describe('createAttribution', () => {
  it('captures the referral code and UTM values and keeps them in storage for the next visit', () => {
    const { attribution, clock, make, data } = setup();
    const record = attribution.capture(
      'https://blog.example/look?sl_ref=ana&utm_source=instagram&utm_medium=social&utm_campaign=summer%2026&utm_term=linen&utm_content=reel-3&other=x',
    );
    expect(record).toEqual({
      ref: 'ana',
      utm: { source: 'instagram', medium: 'social', campaign: 'summer 26', term: 'linen', content: 'reel-3' },
      capturedAt: clock.t,
      source: 'url',
    });
    expect(data.size).toBe(1);
    expect(make().get()).toEqual(record); // a new page load reads it back
  });

  it('stores nothing when the URL carries no credit, and keeps the earlier touch', () => {
    const { attribution, data } = setup();
    expect(attribution.capture('https://blog.example/look?page=2')).toBeNull();
    expect(attribution.capture('not a url')).toBeNull();
    expect(attribution.capture(undefined)).toBeNull();
    expect(data.size).toBe(0);
    attribution.capture('https://blog.example/?ref=ben');
    attribution.capture('https://blog.example/other');
    expect(attribution.get()?.ref).toBe('ben');
  });

  it('is last touch: a later link replaces the earlier one entirely', () => {
    const { attribution, clock } = setup();
    attribution.capture('https://blog.example/?sl_ref=ana&utm_source=ig');
    clock.t += DAY;
    attribution.capture('https://blog.example/?utm_source=newsletter');
    expect(attribution.get()).toEqual({ ref: null, utm: { source: 'newsletter' }, capturedAt: clock.t, source: 'url' });
  });

  it('uses the configured parameter names in order', () => {
    const { attribution } = setup({ params: ['aff', 'sl_ref'] });
    expect(attribution.capture('https://x.example/?sl_ref=ana&aff=ben')?.ref).toBe('ben');
    expect(attribution.capture('https://x.example/?ref=carl')).toBeNull(); // 'ref' is not configured
  });

  it('expires after the window and removes the stored record', () => {
    const { attribution, clock, data } = setup({ windowMs: 2 * DAY });
    attribution.capture('https://blog.example/?sl_ref=ana');
    clock.t += 2 * DAY;
    expect(attribution.get()?.ref).toBe('ana'); // exactly at the edge still counts
    clock.t += 1;
    expect(attribution.get()).toBeNull();
    expect(data.size).toBe(0);
    expect(attribution.$attribution.get()).toBeNull();
  });

  it('defaults to a 7-day window', () => {
    const { attribution, clock } = setup();
    attribution.capture('https://blog.example/?sl_ref=ana');
    clock.t += 7 * DAY - 1;
    expect(attribution.get()).not.toBeNull();
    clock.t += 2;
    expect(attribution.get()).toBeNull();
  });

  it('turns the record into hidden (underscore) cart attributes', () => {
    const { attribution } = setup();
    expect(attribution.toCartAttributes()).toEqual({});
    attribution.capture('https://blog.example/?sl_ref=ana&utm_source=ig&utm_campaign=summer%20sale');
    expect(attribution.toCartAttributes()).toEqual({
      _shoplet_ref: 'ana',
      _shoplet_utm: 'source=ig&campaign=summer+sale',
    });
    attribution.clear();
    expect(attribution.get()).toBeNull();
    expect(attribution.toCartAttributes()).toEqual({});
  });

  it('credits a post creator only when no link credited someone, unless told to override', () => {
    const { attribution, clock } = setup();
    expect(attribution.attributeToCreator('ana')).toMatchObject({ ref: 'ana', source: 'post' });
    clock.t += 1000;
    expect(attribution.attributeToCreator('ben')).toMatchObject({ ref: 'ben', source: 'post' }); // last touch
    attribution.capture('https://blog.example/?sl_ref=carl');
    expect(attribution.attributeToCreator('dora')).toMatchObject({ ref: 'carl', source: 'url' });
    expect(attribution.attributeToCreator('dora', { override: true })).toMatchObject({ ref: 'dora', source: 'post' });
    expect(attribution.attributeToCreator('  ')).toMatchObject({ ref: 'dora' });
  });

  it('cleans codes: trims, drops control characters and caps the length', () => {
    const { attribution } = setup();
    const long = 'a'.repeat(500);
    expect(attribution.capture('https://x.example/?sl_ref=%20an%0Aa%20')?.ref).toBe('ana');
    expect(attribution.capture(`https://x.example/?sl_ref=${long}`)?.ref).toHaveLength(100);
  });

  it('updates $attribution on capture and clear', () => {
    const { attribution } = setup();
    const seen: (string | null | undefined)[] = [];
    const off = attribution.$attribution.listen((r) => seen.push(r?.ref));
    attribution.capture('https://x.example/?ref=ana');
    attribution.clear();
    off();
    expect(seen).toEqual(['ana', undefined]);
  });

  it('survives broken storage and corrupt stored data', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const a = createAttribution({ storage: throwing });
    expect(a.capture('https://x.example/?ref=ana')?.ref).toBe('ana');
    expect(a.get()?.ref).toBe('ana'); // kept for this page in memory

    const { data, make } = setup();
    data.set('shoplet:attribution', '{"ref": 42');
    expect(make().get()).toBeNull();
    expect(data.size).toBe(0);
  });

  it('rejects a bad window or parameter list naming the option', () => {
    expect(() => createAttribution({ windowMs: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid_config', field: 'attribution.windowMs' }),
    );
    expect(() => createAttribution({ params: [] })).toThrow(expect.objectContaining({ field: 'attribution.params' }));
  });
});
