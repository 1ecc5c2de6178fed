import { isShopletError } from '@shoplet/core';
import { describe, expect, it } from 'vitest';
import { SHOPIFY_API_VERSION, type ShopifyOptions, shopify } from '../src/index.js';

function configError(options: Partial<ShopifyOptions>) {
  try {
    shopify(options as ShopifyOptions);
  } catch (err) {
    if (isShopletError(err, 'invalid_config')) return err;
    throw err;
  }
  throw new Error('expected shopify() to refuse these options');
}

const domain = 'linen-and-co.myshopify.com';

describe('shopify() options', () => {
  it.each([
    'shpat_0123456789abcdef',
    'shpca_0123',
    'shppa_0123',
    'SHPAT_abc',
    ' shpat_0123',
    '\nshpat_0123',
    '\tshpss_0123 ',
  ])('refuses the private token %s and says what to use instead', (token) => {
    const err = configError({ domain, token });
    expect(err.field).toBe('token');
    expect(err.message).toMatch(/Storefront API public access token/);
    expect(err.message).not.toContain(token.trim().slice(6)); // the secret itself is not echoed
  });

  it('refuses a missing or blank token', () => {
    expect(configError({ domain }).field).toBe('token');
    expect(configError({ domain, token: ' \n ' }).field).toBe('token');
  });

  it('sends the token without the white space around it', async () => {
    const sent: (string | null)[] = [];
    const adapter = shopify({
      domain,
      token: '  public-token\n',
      fetch: async (_input, init) => {
        sent.push(new Headers(init?.headers).get('x-shopify-storefront-access-token'));
        return new Response(JSON.stringify({ data: { h0: null } }), {
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    await adapter.getProducts(['mug']);
    expect(sent).toEqual(['public-token']);
  });

  it.each([
    ['missing', undefined, /missing/],
    ['with protocol', 'https://linen-and-co.myshopify.com', /without protocol/],
    ['with a path', 'linen-and-co.myshopify.com/products', /without protocol or path/],
    ['the Admin API', 'linen-and-co.myshopify.com/admin/api/2026-04/graphql.json', /Admin API/],
    ['not a host', 'linen and co', /not a host/],
  ])('refuses a domain %s', (_case, value, message) => {
    const err = configError({ domain: value as string, token: 'public' });
    expect(err.field).toBe('domain');
    expect(err.message).toMatch(message);
  });

  it('refuses an unknown API version, cart mode, country or language, naming each', () => {
    expect(configError({ domain, token: 't', apiVersion: '2026-02' }).field).toBe('apiVersion');
    expect(configError({ domain, token: 't', cart: 'ajax' as 'theme' }).field).toBe('cart');
    expect(configError({ domain, token: 't', country: 'Germany' }).field).toBe('country');
    expect(configError({ domain, token: 't', language: 'english' }).field).toBe('language');
  });

  it('pins the API version in one constant and lets a shop override it', () => {
    expect(shopify({ domain, token: 't' }).endpoint).toBe(`https://${domain}/api/${SHOPIFY_API_VERSION}/graphql.json`);
    const older = shopify({ domain, token: 't', apiVersion: '2025-10' });
    expect(older.apiVersion).toBe('2025-10');
    expect(older.endpoint).toBe(`https://${domain}/api/2025-10/graphql.json`);
  });

  it('describes what it can do', () => {
    expect(shopify({ domain, token: 't' }).capabilities).toMatchObject({
      inlineCheckout: false,
      markets: true,
      checkoutProvider: 'Shopify',
    });
    const theme = shopify({ domain, token: 't', cart: 'theme' });
    expect(theme.capabilities.markets).toBe(false);
    expect(theme.setMarket).toBeUndefined();
    expect(typeof theme.watchCart).toBe('function');
  });
});
