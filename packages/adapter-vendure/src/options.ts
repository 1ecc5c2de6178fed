import { ShopletError } from '@shoplet/core';

/**
 * Which optional custom fields the Vendure server defines. `'detect'` (the default) asks the
 * server through GraphQL introspection and remembers the answer for a day in the client's storage
 * (asking again sooner when the server refuses a query built on it); declaring them saves that
 * query altogether. A stock Vendure has none of them.
 *
 * @example
 * vendure({ shopApi, customFields: { compareAtPrice: true, reviews: true, attributes: true, deliveryDays: true } });
 */
export interface VendureCustomFields {
  /** `ProductVariant.customFields.compareAtPrice` (Int, minor units, tax included): the "was" price. */
  compareAtPrice?: boolean;
  /** `Product.customFields.reviewRating` (Float, out of 5) and `reviewCount` (Int). */
  reviews?: boolean;
  /** `Order.customFields.shopletRef` and `shopletUtm` (String): cart attributes and attribution. */
  attributes?: boolean;
  /** `ShippingMethod.customFields.minDays` and `maxDays` (Int): the transit window in work days. */
  deliveryDays?: boolean;
}

/**
 * Options of {@link vendure}.
 *
 * @example
 * const adapter = vendure({ shopApi: 'http://127.0.0.1:3100/shop-api', channelToken: 'my-channel' });
 */
export interface VendureOptions {
  /** Absolute URL of the Shop API, e.g. `https://shop.example.com/shop-api`. */
  shopApi: string;
  /** Sent as the `vendure-token` header to select a channel; the default channel needs none. */
  channelToken?: string;
  /** Content language (`en`, `de`); sent as the `languageCode` query parameter. */
  languageCode?: string;
  /** Custom fields the server defines, or `'detect'` (default) to ask the server and remember the answer for a day. */
  customFields?: VendureCustomFields | 'detect';
  /**
   * How each payment method is completed, by method code. `'no-card'` methods are paid with
   * `inline.pay(code, metadata)`; `'hosted'` ones need the provider's own step. Default `'no-card'`.
   */
  paymentKinds?: Record<string, 'no-card' | 'hosted'>;
  /** Builds the product's page on the brand's own site from its slug; default none. */
  productUrl?: (slug: string) => string;
}

/**
 * Options after validation, with defaults filled in.
 *
 * @example
 * const { url, origin } = resolveOptions({ shopApi: 'http://127.0.0.1:3100/shop-api' });
 */
export interface ResolvedVendureOptions {
  url: string;
  origin: string;
  channelToken: string | undefined;
  customFields: VendureCustomFields | 'detect';
  paymentKinds: Record<string, 'no-card' | 'hosted'>;
  productUrl: ((slug: string) => string) | undefined;
}

/** Throws `invalid_config` on `vendure.<field>` unless `ok`; `fix` says what the option must be. */
function check(ok: unknown, field: string, fix: string): asserts ok {
  if (!ok) throw new ShopletError('invalid_config', `vendure({ ${field} }) ${fix}`, { field: `vendure.${field}` });
}

/**
 * Checks the options and derives the request URL. Throws `invalid_config` naming the field.
 *
 * @example
 * resolveOptions({ shopApi: 'http://127.0.0.1:3100/shop-api', languageCode: 'de' }).url;
 * // 'http://127.0.0.1:3100/shop-api?languageCode=de'
 */
export function resolveOptions(options: VendureOptions): ResolvedVendureOptions {
  const {
    shopApi,
    channelToken,
    languageCode,
    productUrl,
    customFields = 'detect',
    paymentKinds,
  } = Object(options) as VendureOptions;
  let url: URL | undefined;
  try {
    url = new URL(shopApi);
  } catch {}
  check(
    /^https?:$/.test(url?.protocol as string),
    'shopApi',
    `is required: the absolute http(s) URL of the Shop API (…/shop-api); got ${JSON.stringify(shopApi)}.`,
  );
  check(
    channelToken === undefined || (typeof channelToken === 'string' && channelToken),
    'channelToken',
    'must be a channel token, or left out for the default channel.',
  );
  if (languageCode !== undefined) {
    check(
      typeof languageCode === 'string' && /^[a-z]{2,3}(_[A-Za-z]{2,4})?$/.test(languageCode),
      'languageCode',
      'must be a LanguageCode such as "en" or "pt_BR".',
    );
    url!.searchParams.set('languageCode', languageCode);
  }
  check(
    customFields === 'detect' || (typeof customFields === 'object' && customFields),
    'customFields',
    'must be "detect" or an object such as { reviews: true }.',
  );
  check(
    productUrl === undefined || typeof productUrl === 'function',
    'productUrl',
    'must be a function (slug) => url.',
  );
  return {
    url: url!.href,
    origin: url!.origin,
    channelToken,
    customFields,
    paymentKinds: { ...paymentKinds },
    productUrl,
  };
}
