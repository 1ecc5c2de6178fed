import { describe, expect, it } from 'vitest';
import { buildDeepLink, parseDeepLink } from './deep-link.js';

const base = 'https://blog.example/2025/summer-look';

describe('buildDeepLink', () => {
  it('puts the target in the hash and the referral code in the query', () => {
    expect(buildDeepLink(base, { post: 'summer-look', t: 12.5, product: 'linen-shirt', ref: 'ana' })).toBe(
      `${base}?sl_ref=ana#shoplet=summer-look&t=12.5&p=linen-shirt`,
    );
  });

  it('replaces a previous hash, keeps the query and encodes ids', () => {
    expect(buildDeepLink(`${base}?utm_source=ig#comments`, { product: 'shirt & tie' })).toBe(
      `${base}?utm_source=ig#shoplet=&p=shirt%20%26%20tie`,
    );
  });

  it('rounds the time to milliseconds and rejects bad input naming the field', () => {
    expect(buildDeepLink(base, { post: 'a', t: 1 / 3 })).toBe(`${base}#shoplet=a&t=0.333`);
    expect(() => buildDeepLink(base, { t: 3 })).toThrow(
      expect.objectContaining({ code: 'invalid_input', field: 'post' }),
    );
    expect(() => buildDeepLink(base, { post: 'a', t: -1 })).toThrow(expect.objectContaining({ field: 't' }));
    expect(() => buildDeepLink(base, { post: 'a', t: Number.NaN })).toThrow(expect.objectContaining({ field: 't' }));
    expect(() => buildDeepLink('/relative', { post: 'a' })).toThrow(expect.objectContaining({ field: 'url' }));
  });
});

describe('parseDeepLink', () => {
  it('round-trips what buildDeepLink made, including awkward ids', () => {
    const target = { post: 'été #2 🌞', t: 93.25, product: 'linen/shirt?', ref: 'ana & co' };
    expect(parseDeepLink(buildDeepLink(base, target))).toEqual(target);
    expect(parseDeepLink(new URL(buildDeepLink(base, { post: 'p' })))).toEqual({
      post: 'p',
      t: null,
      product: null,
      ref: null,
    });
  });

  it('returns null for URLs without a Shoplet target', () => {
    expect(parseDeepLink(base)).toBeNull();
    expect(parseDeepLink(`${base}#section-2`)).toBeNull();
    expect(parseDeepLink(`${base}#p=shirt`)).toBeNull(); // someone else's "p"
    expect(parseDeepLink(`${base}#shoplet=`)).toBeNull();
    expect(parseDeepLink('not a url')).toBeNull();
  });

  it('finds the target among other hash content and in a bare hash', () => {
    expect(parseDeepLink(`${base}#/route?x=1&shoplet=look&t=4`)).toMatchObject({ post: 'look', t: 4 });
    expect(parseDeepLink(`${base}#top&shoplet=look`)).toMatchObject({ post: 'look' });
    expect(parseDeepLink('#shoplet=&p=linen-shirt')).toEqual({
      post: null,
      t: null,
      product: 'linen-shirt',
      ref: null,
    });
  });

  it('ignores bad times and broken escapes instead of failing', () => {
    for (const t of ['abc', '-3', '', 'Infinity', '1e400']) {
      expect(parseDeepLink(`${base}#shoplet=look&t=${t}`)).toEqual({ post: 'look', t: null, product: null, ref: null });
    }
    expect(parseDeepLink(`${base}#shoplet=look&p=%E0%A4%A`)).toEqual({
      post: 'look',
      t: null,
      product: null,
      ref: null,
    });
  });
});
