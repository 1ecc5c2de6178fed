// Runs the fake Storefront API in the browser with msw's service worker, for examples/shopify when
// no real shop is configured. The page must serve mockServiceWorker.js from its own scope.
import { buildClientSchema, type IntrospectionQuery } from 'graphql';
import { setupWorker } from 'msw/browser';
import { demoCatalog } from './demo-catalog.js';
import { DOMAIN, FakeStorefront, TOKEN } from './fake-storefront.js';

/** The shop the mock answers as; pass these to `shopify()`. */
export const MOCK_SHOP = { domain: DOMAIN, token: TOKEN };

/**
 * Starts the mock shop. `workerUrl` is the page's mockServiceWorker.js; `mediaBase` where the demo
 * product images live.
 */
export async function startMockShop(options: { workerUrl: string; mediaBase: string }): Promise<FakeStorefront> {
  const schemaUrl = new URL('../node_modules/@shopify/hydrogen-react/storefront.schema.json', import.meta.url);
  const introspection = (await (await fetch(schemaUrl)).json()) as IntrospectionQuery;
  const fake = new FakeStorefront(buildClientSchema(introspection), demoCatalog(options.mediaBase));
  const worker = setupWorker(...fake.handlers());
  await worker.start({ serviceWorker: { url: options.workerUrl }, onUnhandledRequest: 'bypass', quiet: true });
  return fake;
}
