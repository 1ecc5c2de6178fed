import { expect } from '@open-wc/testing';
import { createShoplet } from '@shoplet/core';
import { memoryAdapter } from '@shoplet/core/testing';
import { readEmbedConfig } from './config.js';
import { applyTrust } from './trust.js';

function scriptWith(attrs: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attrs)) script.setAttribute(name, value);
  return script;
}

describe('trust attributes of the script tag', () => {
  it('are passed on as written, and read by the trust code when it loads', () => {
    const config = readEmbedConfig(
      scriptWith({ 'data-adapter': 'memory', 'data-require-consent': '', 'data-returns-summary': 'Free returns' }),
    );
    expect(config.trust).to.deep.equal({
      requireConsent: '',
      returnsSummary: 'Free returns',
      returnsUrl: undefined,
      analytics: undefined,
    });
    expect(readEmbedConfig(scriptWith({ 'data-trust': 'off' })).trust).to.equal(false);
    const shop = applyTrust(createShoplet({ adapter: memoryAdapter({ products: [] }) }), config.trust || {});
    // An empty data-require-consent asks for consent: no analytics until it is granted.
    expect(shop.consent.required).to.equal(true);
    expect(shop.consent.granted('analytics')).to.equal(false);
    const optedIn = applyTrust(createShoplet({ adapter: memoryAdapter({ products: [] }) }), {
      requireConsent: 'false',
    });
    expect(optedIn.consent.required).to.equal(false);
  });

  it('warns once about an unsupported data-analytics value, naming it and the fix', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      applyTrust(createShoplet({ adapter: memoryAdapter({ products: [] }) }), { analytics: 'ga4' });
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([
      '[shoplet] data-analytics="ga4" is not supported: use "datalayer" or leave it out.',
    ]);
  });
});
