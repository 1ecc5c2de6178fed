import { atom, type ReadableAtom } from 'nanostores';
import type { StorageLike } from './adapter.js';
import { ShopletError } from './errors.js';

/** The UTM fields Shoplet keeps, without the `utm_` prefix. */
const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/**
 * UTM values from the landing URL, keyed without the `utm_` prefix.
 *
 * @example
 * const utm: Utm = { source: 'instagram', medium: 'social', campaign: 'summer' };
 */
export type Utm = Partial<Record<(typeof UTM_KEYS)[number], string>>;

/**
 * Who gets the credit for this visit: a referral code and/or UTM values, when they were captured,
 * and whether they came from a link (`url`) or from a creator's post the shopper shopped from (`post`).
 *
 * @example
 * const a: AttributionRecord = { ref: 'ana', utm: { source: 'ig' }, capturedAt: 1764150000000, source: 'url' };
 */
export interface AttributionRecord {
  ref: string | null;
  utm: Utm;
  capturedAt: number;
  source: 'url' | 'post';
}

/**
 * Options of {@link createAttribution}.
 *
 * @example
 * const options: AttributionOptions = { storage: localStorage, params: ['sl_ref', 'ref', 'aff'], windowMs: 30 * 86_400_000 };
 */
export interface AttributionOptions {
  /** Where the record is kept between visits; memory when omitted. */
  storage?: StorageLike;
  now?: () => number;
  /** Query parameters holding a referral code, first match wins. Default `['sl_ref', 'ref']`. */
  params?: string[];
  /** How long a capture counts (last touch), in ms. Default 7 days. */
  windowMs?: number;
  storageKey?: string;
}

/**
 * Creator and affiliate attribution: last touch within a window, kept in the injected storage.
 *
 * @example
 * const attribution: Attribution = createAttribution({ storage: localStorage });
 */
export interface Attribution {
  /** The current record (`null` when none or expired); updates on capture, expiry and clear. */
  readonly $attribution: ReadableAtom<AttributionRecord | null>;
  /** Reads the referral code and UTM values of a landing URL; stores them (replacing any earlier touch) when there are any. */
  capture(url: string | URL | null | undefined): AttributionRecord | null;
  /** The record when it is still inside the window; an expired one is removed. */
  get(): AttributionRecord | null;
  /** Credits the creator of a post the shopper shops from, unless a link already credited someone (or `override`). */
  attributeToCreator(ref: string | null | undefined, options?: { override?: boolean }): AttributionRecord | null;
  clear(): void;
  /** Cart attributes recording the credit: `{ _shoplet_ref: 'ana', _shoplet_utm: 'source=ig&campaign=summer' }`. */
  toCartAttributes(): Record<string, string>;
}

const DAY_MS = 86_400_000;
const MAX_VALUE_LENGTH = 100;

/** Trimmed, control characters removed and length-capped: it ends up in an order record. */
function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const v = Array.from(value)
    .filter((ch) => ch.charCodeAt(0) > 0x1f && ch !== '\u007f')
    .join('')
    .trim()
    .slice(0, MAX_VALUE_LENGTH);
  return v || null;
}

function memoryStorage(): StorageLike {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

function isRecord(value: unknown): value is AttributionRecord {
  const r = value as AttributionRecord | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    (r.ref === null || typeof r.ref === 'string') &&
    typeof r.utm === 'object' &&
    r.utm !== null &&
    typeof r.capturedAt === 'number' &&
    (r.source === 'url' || r.source === 'post')
  );
}

/**
 * Creates the attribution store. Call `capture(location.href)` on landing (the client does this for
 * you); the record is then attached to the cart so the order shows who sold it. Cart attribute keys
 * start with `_`, which Shopify hides from the shopper at checkout while keeping them on the order.
 *
 * @example
 * const attribution = createAttribution({ storage: localStorage });
 * attribution.capture('https://shop.example/?sl_ref=ana&utm_source=instagram');
 * attribution.get(); // { ref: 'ana', utm: { source: 'instagram' }, capturedAt: …, source: 'url' }
 * attribution.toCartAttributes(); // { _shoplet_ref: 'ana', _shoplet_utm: 'source=instagram' }
 */
export function createAttribution(options: AttributionOptions = {}): Attribution {
  const {
    storage = memoryStorage(),
    now = Date.now,
    params = ['sl_ref', 'ref'],
    windowMs = 7 * DAY_MS,
    storageKey = 'shoplet:attribution',
  } = options;
  if (!(typeof windowMs === 'number' && windowMs > 0 && Number.isFinite(windowMs))) {
    throw new ShopletError(
      'invalid_config',
      `attribution.windowMs must be a positive number of ms, e.g. 7 * 86_400_000 (got ${windowMs}).`,
      {
        field: 'attribution.windowMs',
      },
    );
  }
  if (!Array.isArray(params) || params.length === 0 || params.some((p) => typeof p !== 'string' || p === '')) {
    throw new ShopletError(
      'invalid_config',
      "attribution.params must list query parameter names, e.g. ['sl_ref', 'ref'].",
      {
        field: 'attribution.params',
      },
    );
  }

  const $attribution = atom<AttributionRecord | null>(null);

  // Storage can throw (private mode, quota, disabled): attribution is best effort, never a crash.
  const read = (): AttributionRecord | null => {
    try {
      const raw = storage.getItem(storageKey);
      if (!raw) return null;
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(raw);
      } catch {
        // Corrupt: dropped below.
      }
      if (isRecord(parsed)) return parsed;
      storage.removeItem(storageKey);
      return null;
    } catch {
      return null;
    }
  };
  const write = (record: AttributionRecord | null) => {
    try {
      if (record) storage.setItem(storageKey, JSON.stringify(record));
      else storage.removeItem(storageKey);
    } catch {
      // Kept in memory for this page only.
    }
    $attribution.set(record);
    return record;
  };

  const get = (): AttributionRecord | null => {
    const record = read() ?? $attribution.get();
    if (!record) return null;
    if (now() - record.capturedAt > windowMs) return write(null);
    if ($attribution.get()?.capturedAt !== record.capturedAt) $attribution.set(record);
    return record;
  };

  const capture = (url: string | URL | null | undefined): AttributionRecord | null => {
    let search: URLSearchParams;
    try {
      search = (typeof url === 'string' ? new URL(url) : url)?.searchParams ?? new URLSearchParams();
    } catch {
      return null;
    }
    let ref: string | null = null;
    for (const p of params) {
      ref = clean(search.get(p));
      if (ref) break;
    }
    const utm: Utm = {};
    for (const key of UTM_KEYS) {
      const value = clean(search.get(`utm_${key}`));
      if (value) utm[key] = value;
    }
    // A URL without any credit leaves the previous touch in place.
    if (!ref && Object.keys(utm).length === 0) return null;
    return write({ ref, utm, capturedAt: now(), source: 'url' });
  };

  const attributeToCreator: Attribution['attributeToCreator'] = (creatorRef, opts = {}) => {
    const ref = clean(creatorRef);
    if (!ref) return get();
    const current = get();
    if (current && current.source === 'url' && !opts.override) return current;
    if (current?.ref === ref && current.source === 'post') return current;
    return write({ ref, utm: {}, capturedAt: now(), source: 'post' });
  };

  const toCartAttributes = (): Record<string, string> => {
    const record = get();
    if (!record) return {};
    const out: Record<string, string> = {};
    if (record.ref) out._shoplet_ref = record.ref;
    const utm = new URLSearchParams(Object.entries(record.utm)).toString();
    if (utm) out._shoplet_utm = utm;
    return out;
  };

  get();
  return { $attribution, capture, get, attributeToCreator, clear: () => void write(null), toCartAttributes };
}
