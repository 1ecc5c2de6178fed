import { ShopletError } from '@shoplet/core';

/**
 * Which optional custom fields the Vendure server defines. `'detect'` (the default) asks the
 * server once through GraphQL introspection; a stock Vendure has none of them.
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
  /** Custom fields the server defines, or `'detect'` (default) to ask the server once. */
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

function invalid(field: string, message: string): ShopletError {
  return new ShopletError('invalid_config', message, { field: `vendure.${field}` });
}

/**
 * Checks the options and derives the request URL. Throws `invalid_config` naming the field.
 *
 * @example
 * resolveOptions({ shopApi: 'http://127.0.0.1:3100/shop-api', languageCode: 'de' }).url;
 * // 'http://127.0.0.1:3100/shop-api?languageCode=de'
 */
export function resolveOptions(options: VendureOptions): ResolvedVendureOptions {
  if (!options || typeof options !== 'object') {
    throw invalid(
      'options',
      'vendure() needs an options object: vendure({ shopApi: "https://shop.example.com/shop-api" }).',
    );
  }
  const { shopApi, channelToken, languageCode } = options;
  if (typeof shopApi !== 'string' || shopApi.trim() === '') {
    throw invalid(
      'shopApi',
      'vendure({ shopApi }) is required: the absolute URL of the Vendure Shop API, e.g. "https://shop.example.com/shop-api".',
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(shopApi);
  } catch (err) {
    throw new ShopletError(
      'invalid_config',
      `vendure({ shopApi: "${shopApi}" }) is not an absolute URL. Use e.g. "https://shop.example.com/shop-api".`,
      {
        field: 'vendure.shopApi',
        cause: err,
      },
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw invalid('shopApi', `vendure({ shopApi }) must be an http(s) URL, got "${parsed.protocol}".`);
  }
  if (channelToken !== undefined && (typeof channelToken !== 'string' || channelToken === '')) {
    throw invalid(
      'channelToken',
      "vendure({ channelToken }) must be a non-empty string (the channel's token) or left out for the default channel.",
    );
  }
  if (languageCode !== undefined) {
    if (typeof languageCode !== 'string' || !/^[a-z]{2,3}(_[A-Za-z]{2,4})?$/.test(languageCode)) {
      throw invalid(
        'languageCode',
        `vendure({ languageCode: ${JSON.stringify(languageCode)} }) must be a Vendure LanguageCode such as "en", "de" or "pt_BR".`,
      );
    }
    parsed.searchParams.set('languageCode', languageCode);
  }
  const customFields = options.customFields ?? 'detect';
  if (customFields !== 'detect' && (typeof customFields !== 'object' || customFields === null)) {
    throw invalid(
      'customFields',
      'vendure({ customFields }) must be "detect" or an object such as { compareAtPrice: true, reviews: true }.',
    );
  }
  if (options.productUrl !== undefined && typeof options.productUrl !== 'function') {
    throw invalid('productUrl', 'vendure({ productUrl }) must be a function (slug) => url.');
  }
  return {
    url: parsed.toString(),
    origin: parsed.origin,
    channelToken,
    customFields,
    paymentKinds: { ...options.paymentKinds },
    productUrl: options.productUrl,
  };
}
