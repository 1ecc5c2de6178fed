import { ShopletError } from './errors.js';
import { withReferral } from './share.js';

/**
 * What a deep link points at: a post, a moment in its video, a product, and who shared it.
 *
 * @example
 * const target: DeepLinkTarget = { post: 'summer-look', t: 12.5, product: 'linen-shirt', ref: 'ana' };
 */
export interface DeepLinkTarget {
  /** Shoppable Post id. */
  post?: string;
  /** Video time in seconds. */
  t?: number;
  /** Product handle (opens its sheet). */
  product?: string;
  /** Referral code of the sharer, added as the `sl_ref` query parameter. */
  ref?: string;
}

/**
 * A parsed deep link; fields the link does not carry are `null`.
 *
 * @example
 * const link: DeepLink | null = parseDeepLink(location.href);
 * if (link?.t != null) video.currentTime = link.t;
 */
export interface DeepLink {
  post: string | null;
  t: number | null;
  product: string | null;
  ref: string | null;
}

/**
 * Builds a link that opens a page at a post, a video moment and/or a product:
 * `https://blog.example/look?sl_ref=ana#shoplet=summer-look&t=12.5&p=linen-shirt`. The hash carries
 * the target (so the page loads from cache and servers never see it); any previous hash is replaced.
 *
 * @example
 * buildDeepLink('https://blog.example/look', { post: 'summer-look', t: 12.5, product: 'linen-shirt', ref: 'ana' });
 * // 'https://blog.example/look?sl_ref=ana#shoplet=summer-look&t=12.5&p=linen-shirt'
 */
export function buildDeepLink(baseUrl: string, target: DeepLinkTarget): string {
  const { post, t, product, ref } = target;
  if (!post && !product) {
    throw new ShopletError(
      'invalid_input',
      'A deep link needs a post id or a product handle: pass { post } or { product }.',
      {
        field: 'post',
      },
    );
  }
  if (t !== undefined && !(Number.isFinite(t) && t >= 0)) {
    throw new ShopletError('invalid_input', `t must be a video time in seconds, 0 or more (got ${t}).`, { field: 't' });
  }
  const url = new URL(withReferral(baseUrl, ref));
  const parts = [`shoplet=${encodeURIComponent(post ?? '')}`];
  // Millisecond precision is plenty and keeps the link short.
  if (t !== undefined) parts.push(`t=${Number(t.toFixed(3))}`);
  if (product) parts.push(`p=${encodeURIComponent(product)}`);
  url.hash = parts.join('&');
  return url.toString();
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Reads a deep link from a URL (or a bare `#…` hash). Returns `null` when the URL has no Shoplet
 * target; tolerates other hash content (`#/route?shoplet=…`, `#top&shoplet=…`) and ignores a bad or
 * negative time instead of failing.
 *
 * @example
 * parseDeepLink('https://blog.example/look?sl_ref=ana#shoplet=summer-look&t=12.5');
 * // { post: 'summer-look', t: 12.5, product: null, ref: 'ana' }
 */
export function parseDeepLink(url: string | URL): DeepLink | null {
  let hash: string;
  let ref: string | null = null;
  if (typeof url === 'string' && url.startsWith('#')) {
    hash = url;
  } else {
    let parsed: URL;
    try {
      parsed = typeof url === 'string' ? new URL(url) : url;
    } catch {
      return null;
    }
    hash = parsed.hash;
    ref = parsed.searchParams.get('sl_ref') || null;
  }
  const values = new Map<string, string>();
  for (const piece of hash.replace(/^#/, '').split(/[&?]/)) {
    const eq = piece.indexOf('=');
    const key = eq === -1 ? piece : piece.slice(0, eq);
    const value = decode(eq === -1 ? '' : piece.slice(eq + 1));
    if (value !== null && !values.has(key)) values.set(key, value);
  }
  if (!values.has('shoplet')) return null;
  const post = values.get('shoplet') || null;
  const product = values.get('p') || null;
  if (!post && !product) return null;
  const rawT = values.get('t');
  const t = rawT ? Number(rawT) : Number.NaN;
  return { post, t: Number.isFinite(t) && t >= 0 ? t : null, product, ref };
}
