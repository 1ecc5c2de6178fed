import { describe, expect, it } from 'vitest';
import type { StorageLike } from './adapter.js';
import { createConsent } from './consent.js';

function mapStorage() {
  const data = new Map<string, string>();
  const storage: StorageLike = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  return { data, storage };
}

describe('createConsent', () => {
  it('when consent is required, denies until granted and writes nothing before a decision', () => {
    const { data, storage } = mapStorage();
    const consent = createConsent({ storage, required: true });
    expect(consent.granted('analytics')).toBe(false);
    expect(data.size).toBe(0);
    consent.grant('analytics');
    expect(consent.granted('analytics')).toBe(true);
    expect(consent.granted('marketing')).toBe(false);
    expect(JSON.parse(data.get('shoplet:consent')!)).toEqual({ analytics: true });
  });

  it('remembers decisions for the next page load, including a withdrawal', () => {
    const { storage } = mapStorage();
    createConsent({ storage, required: true }).grant('analytics');
    const next = createConsent({ storage, required: true });
    expect(next.granted('analytics')).toBe(true);
    next.revoke('analytics');
    expect(createConsent({ storage, required: true }).granted('analytics')).toBe(false);
  });

  it('when not required, allows until the shopper opts out', () => {
    const consent = createConsent();
    expect(consent.granted('analytics')).toBe(true);
    consent.revoke('analytics');
    expect(consent.granted('analytics')).toBe(false);
  });

  it('publishes decisions in $consent', () => {
    const consent = createConsent({ required: true });
    const seen: unknown[] = [];
    const off = consent.$consent.listen((c) => seen.push(c));
    consent.grant('analytics');
    consent.revoke('analytics');
    off();
    expect(seen).toEqual([{ analytics: true }, { analytics: false }]);
  });

  it('ignores corrupt stored data and storage that throws', () => {
    const { data, storage } = mapStorage();
    data.set('shoplet:consent', '{"analytics": "yes please"}');
    expect(createConsent({ storage, required: true }).granted('analytics')).toBe(false);
    data.set('shoplet:consent', 'not json');
    expect(createConsent({ storage, required: true }).granted('analytics')).toBe(false);
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const consent = createConsent({ storage: broken, required: true });
    consent.grant('analytics');
    expect(consent.granted('analytics')).toBe(true);
  });
});
