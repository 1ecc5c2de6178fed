// End to end: the headless example page (plain JS on @shoplet/core) against the real demo
// backend, in headless Chromium: products, cart, coupon, and the inline checkout to a paid order
// that Vendure has recorded with its stock allocated.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { launchBrowser, type PageProblems, watchPage } from './browser.js';
import { type DemoStack, startDemoStack } from './demo-stack.js';
import { adminClient } from './vendure-admin.js';

const WAIT = { timeout: 30_000 };
// Each step waits for conditions, never for time; these limits only matter on a starved machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });
let demo: DemoStack;
let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemoStack({ backendPort: 3362, webPort: 8362 }), launchBrowser()]);
  page = await browser.newPage();
  problems = watchPage(page);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

it('lists the catalog with prices from Vendure and completes a checkout to a paid order', async () => {
  const admin = await adminClient(demo.adminApi);
  const stockBefore = await admin.saleableStock('CCT-1');

  // No ?shopApi: the page finds the backend through /shoplet-config.js, as under `pnpm start`.
  await page.goto(`${demo.examples}headless/`);
  const tote = page.locator('li.card', { has: page.getByRole('heading', { name: 'Cove Canvas Tote' }) });
  await expect.poll(() => tote.textContent(), WAIT).toContain('US$48.00');
  // The sale price and its compare-at price come from the backend's custom field.
  const shirt = page.locator('li.card', { has: page.getByRole('heading', { name: 'Sandbar Linen Shirt' }) });
  await expect.poll(() => shirt.textContent(), WAIT).toMatch(/US\$59\.00\s*US\$79\.00/);

  await tote.getByRole('button', { name: 'Add to cart' }).click();
  await page.waitForFunction(() => document.querySelector('#total')?.textContent === 'US$48.00', null, WAIT);

  await page.getByLabel('Discount code').fill('WELCOME10');
  await page.getByRole('button', { name: 'Apply code' }).click();
  await page.waitForFunction(() => document.querySelector('#total')?.textContent === 'US$43.20', null, WAIT);

  await page.getByRole('button', { name: 'Checkout' }).click();
  await page.getByLabel('Email').fill('reader@example.com');
  await page.getByLabel('Full name').fill('Ana Ribeiro');
  await page.getByLabel('Address line 1').fill('4 Harbour Row');
  await page.getByLabel('Town or city').fill('Whitstable');
  await page.getByLabel('Postcode').fill('CT5 1AB');
  await page.getByRole('button', { name: 'Continue to delivery' }).click();

  await page.getByRole('radio', { name: /Standard delivery · US\$4\.95/ }).check(WAIT);
  await page.getByRole('button', { name: 'Continue to payment' }).click();
  await page.getByRole('radio', { name: /Demo payment/ }).check(WAIT);
  // 48.00 − 10% + 4.95 shipping.
  await expect.poll(() => page.locator('#pay-total').textContent(), WAIT).toBe('US$48.15');
  await page.getByRole('button', { name: /Place order/ }).click();

  const code = page.locator('#order-code');
  await code.waitFor(WAIT);
  const orderCode = (await code.textContent())?.trim() ?? '';
  expect(orderCode).toMatch(/^[A-Z0-9]{8,}$/);

  const order = await admin.order(orderCode);
  expect(order).toMatchObject({
    state: 'PaymentSettled',
    totalWithTax: 4815,
    customer: { emailAddress: 'reader@example.com' },
    shippingAddress: { fullName: 'Ana Ribeiro', city: 'Whitstable', countryCode: 'GB' },
    lines: [{ quantity: 1, productVariant: { sku: 'CCT-1' } }],
  });
  expect(await admin.saleableStock('CCT-1')).toBe(stockBefore - 1);

  expect(problems.errors).toEqual([]);
  expect(problems.offsite).toEqual([]);
});

it('ignores a ?shopApi= link that points at another machine and keeps using the local shop', async () => {
  const other = await browser.newPage();
  const otherProblems = watchPage(other);
  const warnings: string[] = [];
  other.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await other.goto(`${demo.examples}headless/?shopApi=${encodeURIComponent('https://shop.example.org/shop-api')}`);
  const tote = other.locator('li.card', { has: other.getByRole('heading', { name: 'Cove Canvas Tote' }) });
  await expect.poll(() => tote.textContent(), WAIT).toContain('US$48.00');
  expect(warnings.join('\n')).toContain('ignored: only a Shop API on this machine');
  expect(otherProblems.offsite).toEqual([]);
  await other.close();
});
