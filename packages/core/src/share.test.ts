import { describe, expect, it } from 'vitest';
import { withReferral } from './deep-link.js';
import { SHARE_TARGETS, share, shareLinks } from './share.js';

const url = 'https://shop.example/p/linen-shirt';

/** Reads a query parameter back the way the receiving site would. */
const param = (link: string, name: string) => new URL(link).searchParams.get(name);

describe('withReferral', () => {
  it('adds the code as sl_ref and keeps the existing query and the hash', () => {
    expect(withReferral('https://shop.example/blog/look?x=1#shoplet=look&t=3', 'ana')).toBe(
      'https://shop.example/blog/look?x=1&sl_ref=ana#shoplet=look&t=3',
    );
  });

  it('replaces a previous code, supports another parameter name, and encodes the code', () => {
    expect(withReferral(`${url}?sl_ref=ben`, 'ana')).toBe(`${url}?sl_ref=ana`);
    expect(withReferral(url, 'ana & co', 'ref')).toBe(`${url}?ref=ana+%26+co`);
    expect(new URL(withReferral(url, 'ana & co')).searchParams.get('sl_ref')).toBe('ana & co');
  });

  it('leaves the URL alone without a code and rejects relative URLs', () => {
    expect(withReferral(url, '')).toBe(url);
    expect(withReferral(url, undefined)).toBe(url);
    expect(() => withReferral('/p/shirt', 'ana')).toThrow(
      expect.objectContaining({ code: 'invalid_input', field: 'url' }),
    );
    expect(() => withReferral('javascript:alert(1)', 'ana')).toThrow(/http\(s\)/);
  });
});

describe('shareLinks', () => {
  const title = 'Linen shirt 🌿 — sand & sea #summer';
  const links = shareLinks({ url, title, ref: 'ana' });
  const shared = `${url}?sl_ref=ana`;

  it('points at each network with the documented URL shapes', () => {
    expect(links.whatsapp.startsWith('https://wa.me/?text=')).toBe(true);
    expect(links.telegram.startsWith('https://t.me/share/url?url=')).toBe(true);
    expect(links.x.startsWith('https://x.com/intent/post?text=')).toBe(true);
    expect(links.facebook.startsWith('https://www.facebook.com/sharer/sharer.php?u=')).toBe(true);
    expect(links.pinterest.startsWith('https://pinterest.com/pin/create/button/?url=')).toBe(true);
    expect(links.line.startsWith('https://social-plugins.line.me/lineit/share?url=')).toBe(true);
    expect(links.email.startsWith('mailto:?subject=')).toBe(true);
    expect(links.discord).toBeNull();
    expect(links.copy).toBe(shared);
  });

  it('survives emoji, &, # and spaces: each network reads back exactly what was shared', () => {
    expect(param(links.whatsapp, 'text')).toBe(`${title} ${shared}`);
    expect(param(links.telegram, 'url')).toBe(shared);
    expect(param(links.telegram, 'text')).toBe(title);
    expect(param(links.x, 'text')).toBe(title);
    expect(param(links.x, 'url')).toBe(shared);
    expect(param(links.facebook, 'u')).toBe(shared);
    expect(param(links.pinterest, 'description')).toBe(title);
    expect(param(links.line, 'url')).toBe(shared);
    // A raw & or # would cut the text short; a + would turn into a space in some readers.
    expect(links.x).not.toMatch(/[ #+]|&(?!url=)/);
    expect(links.whatsapp).toContain('%F0%9F%8C%BF');
  });

  it('encodes mailto with %20 and CRLF line breaks', () => {
    const mail = shareLinks({ url, title: 'A & B', text: 'Look at this' }).email;
    expect(mail).toBe(`mailto:?subject=A%20%26%20B&body=Look%20at%20this%0D%0A%0D%0A${encodeURIComponent(url)}`);
  });

  it('uses text over title where the network shows a message, and adds Pinterest media only when given', () => {
    const withText = shareLinks({ url, title: 'Shirt', text: 'Ana wears it', media: 'https://cdn.example/a b.jpg' });
    expect(param(withText.whatsapp, 'text')).toBe(`Ana wears it ${url}`);
    expect(param(withText.pinterest, 'media')).toBe('https://cdn.example/a%20b.jpg');
    expect(links.pinterest).not.toContain('media=');
  });

  it('lists every target once for a share menu', () => {
    expect(SHARE_TARGETS.map((t) => t.id).sort()).toEqual(Object.keys(links).sort());
  });
});

describe('share', () => {
  const data = { url, title: 'Linen shirt', ref: 'ana' };

  it('uses the Web Share API with the referral link when the platform has it', async () => {
    const calls: unknown[] = [];
    const result = await share(data, { share: async (d) => void calls.push(d) });
    expect(result).toEqual({ method: 'native', cancelled: false });
    expect(calls).toEqual([{ url: `${url}?sl_ref=ana`, title: 'Linen shirt', text: 'Linen shirt' }]);
  });

  it('treats a dismissed share sheet as cancelled, not as an error', async () => {
    const abort = Object.assign(new Error('Share canceled'), { name: 'AbortError' });
    expect(await share(data, { share: () => Promise.reject(abort) })).toEqual({ method: 'native', cancelled: true });
  });

  it('falls back to the links without Web Share, when canShare says no, or when share is refused', async () => {
    const refused = Object.assign(new Error('no gesture'), { name: 'NotAllowedError' });
    for (const platform of [
      undefined,
      {},
      { share: async () => {}, canShare: () => false },
      { share: () => Promise.reject(refused) },
    ]) {
      const result = await share(data, platform);
      expect(result.method).toBe('fallback');
      if (result.method === 'fallback') expect(result.links.copy).toBe(`${url}?sl_ref=ana`);
    }
  });
});
