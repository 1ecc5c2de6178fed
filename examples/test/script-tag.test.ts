// End to end: the one-script-tag page (examples/script-tag, the production bundle) on the real
// demo backend, in headless Chromium. The cards show Vendure's prices; the trust features the tag
// asks for (a returns summary) arrive with the client; an add reaches the backend's cart and the
// badge counts it. Which files the bundle loads is packages/embed/test/bundle.test.ts's subject.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureEmbedBundle } from '../../scripts/embed-bundle.mjs';
import { launchBrowser, type PageProblems, watchPage } from './browser.js';
import { type DemoStack, startDemoStack } from './demo-stack.js';

const WAIT = { timeout: 30_000 };
vi.setConfig({ testTimeout: 90_000, hookTimeout: 240_000 });

let demo: DemoStack;
let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  ensureEmbedBundle('the script-tag end-to-end test');
  [demo, browser] = await Promise.all([startDemoStack({ backendPort: 3363, webPort: 8363 }), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  problems = watchPage(page);
  await page.goto(`${demo.examples}script-tag/`);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

const card = (handle: string) => page.locator(`shoplet-product[product="${handle}"]`);

describe('the script-tag page on the demo shop', () => {
  it('shows Vendure’s prices, and the client has the return policy the script tag gives', async () => {
    await card('sandbar-linen-shirt')
      .getByText('Now US$59.00')
      .waitFor({ state: 'attached', ...WAIT });
    await card('juniper-face-oil').locator('[part=price]').waitFor(WAIT);
    await page.locator('shoplet-tag[product="harbour-stoneware-mug"] [part=hotspot]').waitFor(WAIT);
    const label = await page
      .locator('shoplet-tag[product="harbour-stoneware-mug"] [part=hotspot]')
      .getAttribute('aria-label');
    expect(label).toBe('Harbour Stoneware Mug, US$24.00');
    const returns = await page.evaluate(async () => {
      const shop = (await window.shoplet?.ready) as { returns?: { summary: string } } | undefined;
      return shop?.returns?.summary;
    });
    expect(returns).toBe('Free returns within 30 days');
  });

  it('adds to the backend’s cart and the badge counts it', async () => {
    await card('juniper-face-oil').locator('[part=add-button]').click();
    await page.locator('shoplet-cart-button').getByLabel('Cart, 1 item').waitFor(WAIT);
    // The backend's cart (an order code from Vendure), not the optimistic one shown before it answered.
    const confirmed = () =>
      page.evaluate(async () => {
        const cart = (await window.shoplet?.ready)?.$cart.get();
        return cart && !cart.id.startsWith('optimistic') ? cart.lines.map((l) => l.productHandle) : null;
      });
    await expect.poll(confirmed, WAIT).toEqual(['juniper-face-oil']);
    expect(problems.errors).toEqual([]);
    expect(problems.offsite).toEqual([]);
  });
});
