import { ShopletError } from './errors.js';

/** @internal An absolute http(s) URL, or an `invalid_input` error naming the field. */
export function absoluteUrl(url: string, field: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ShopletError(
      'invalid_input',
      `${field} must be an absolute URL such as 'https://shop.example/p/shirt' (got ${JSON.stringify(url)}).`,
      { field },
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ShopletError('invalid_input', `${field} must be an http(s) URL (got ${JSON.stringify(url)}).`, { field });
  }
  return parsed;
}

/**
 * Adds the sharer's referral code to a URL as a query parameter (`?sl_ref=ana`), keeping the rest of
 * the URL, its hash (deep links) included. An empty `ref` leaves the URL unchanged.
 *
 * @example
 * withReferral('https://shop.example/blog/look#shoplet=look', 'ana');
 * // 'https://shop.example/blog/look?sl_ref=ana#shoplet=look'
 */
export function withReferral(url: string, ref: string | undefined, param = 'sl_ref'): string {
  const parsed = absoluteUrl(url, 'url');
  const code = ref?.trim();
  if (!code) return url;
  parsed.searchParams.set(param, code);
  return parsed.toString();
}

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
