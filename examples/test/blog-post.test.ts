// End to end: the shoppable blog post (web components) on the real demo backend, in headless
// Chromium. One reader's visit, step by step: the cards show Vendure's prices, the page passes
// axe, a hotspot works from the keyboard, add to cart, reload, and the inline checkout in the
// cart drawer ends with an order that Vendure has recorded with its stock allocated.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { focusedElement, launchBrowser, type PageProblems, seriousViolations, watchPage } from './browser.js';
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
  [demo, browser] = await Promise.all([startDemoStack({ backendPort: 3361, webPort: 8361 }), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  problems = watchPage(page);
  await page.goto(`${demo.examples}blog-post/`);
});

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

const card = (handle: string): Locator => page.locator(`shoplet-product[product="${handle}"]`);
const _hotspot = (handle: string): Locator =>
  page.locator(`shoplet-image shoplet-tag[product="${handle}"] [part=hotspot]`);

describe('the blog post on the demo shop', () => {
  it('renders the product cards with the prices Vendure has', async () => {
    await card('harbour-stoneware-mug').getByText('US$24.00').waitFor(WAIT);
    // The shirt is on sale: its compare-at price comes from a custom field of the backend.
    // What a screen reader hears, and what the eye sees, both from the backend's prices.
    await card('sandbar-linen-shirt')
      .getByText('Now US$59.00')
      .waitFor({ state: 'attached', ...WAIT });
    await card('sandbar-linen-shirt')
      .getByText('Was US$79.00')
      .waitFor({ state: 'attached', ...WAIT });
    const shirtText = await page.evaluate(
      () =>
        (
          document
            .querySelector('shoplet-product[product="sandbar-linen-shirt"]')
            ?.shadowRoot?.querySelector('[part=base]') as HTMLElement | undefined
        )?.textContent ?? '',
    );
    expect(shirtText).toMatch(/US\$59\.00[\s\S]*US\$79\.00/);
    // Every hotspot is named after its product and price once loaded.
    for (const [handle, label] of [
      ['sandbar-linen-shirt', 'Sandbar Linen Shirt, US$59.00'],
      ['fieldwork-chore-jacket', 'Fieldwork Chore Jacket, US$145.00'],
      ['cove-canvas-tote', 'Cove Canvas Tote, US$48.00'],
      ['harbour-stoneware-mug', 'Harbour Stoneware Mug, US$24.00'],
    ]) {
      await page.waitForFunction(
        ([h, l]) =>
          document
            .querySelector(`shoplet-image shoplet-tag[product="${h}"]`)
            ?.shadowRoot?.querySelector('[part=hotspot]')
            ?.getAttribute('aria-label') === l,
        [handle, label],
        WAIT,
      );
    }
  });

  it('has no serious or critical axe violations once the elements have rendered', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('reaches a hotspot with Tab, shows its card, and opens the product sheet with Enter', async () => {
    await page.locator('.byline').click();
    let focused = '';
    for (let i = 0; i < 12 && !focused.includes('[sandbar-linen-shirt] button[part=hotspot]'); i++) {
      await page.keyboard.press('Tab');
      focused = await focusedElement(page);
    }
    expect(focused).toContain('shoplet-tag[sandbar-linen-shirt] button[part=hotspot] Sandbar Linen Shirt, US$59.00');

    const tagCard = page.locator('shoplet-image shoplet-tag[product="sandbar-linen-shirt"] [part=card]');
    await tagCard.waitFor({ state: 'visible', ...WAIT });
    expect(await tagCard.textContent()).toContain('US$59.00');

    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: 'Sandbar Linen Shirt' });
    await sheet.waitFor({ state: 'visible', ...WAIT });
    expect(await sheet.getByText('US$79.00').count()).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden', ...WAIT });
    expect(await focusedElement(page)).toContain('shoplet-tag[sandbar-linen-shirt] button[part=hotspot]');
  });
});

describe('the shoppable film', () => {
  const shownTags = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('shoplet-video shoplet-tag')]
        .filter((tag) => getComputedStyle(tag).display !== 'none')
        .map((tag) => tag.getAttribute('product')),
    );

  it('lists the tagged products in the rail in order of appearance, with prices', async () => {
    const rail = page.locator('shoplet-video [part~=rail-choose]');
    await page.waitForFunction(
      () => document.querySelector('shoplet-video')?.shadowRoot?.querySelectorAll('[part~=rail-choose]').length === 3,
      null,
      WAIT,
    );
    await rail
      .nth(2)
      .getByText('US$48.00')
      .waitFor({ state: 'attached', ...WAIT });
    const texts = (await rail.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual([
      expect.stringContaining('Sandbar Linen Shirt'),
      expect.stringContaining('Harbour Stoneware Mug'),
      expect.stringContaining('Cove Canvas Tote'),
    ]);
  });

  it('moves the hotspot from the shirt to the mug as the film plays', async () => {
    await page.locator('shoplet-video').scrollIntoViewIfNeeded();
    expect(await shownTags()).toEqual(['sandbar-linen-shirt']);
    await page.locator('shoplet-video [part~=play-button]').click();
    // The mug is on screen from 1.8 s to 3.4 s of the clip.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('shoplet-video shoplet-tag')]
          .filter((tag) => getComputedStyle(tag).display !== 'none')
          .map((tag) => tag.getAttribute('product'))
          .join() === 'harbour-stoneware-mug',
      null,
      WAIT,
    );
    await page.locator('shoplet-video [part~=play-button]').click();
    await page.waitForFunction(
      () => (document.querySelector('shoplet-video') as { paused?: boolean } | null)?.paused === true,
      null,
      WAIT,
    );
  });

  // The examples dev server answers Range requests with the whole file and no Accept-Ranges, so
  // Chromium cannot seek the MP4 (seekable is [0, 0]) and the rail's jump buttons do nothing.
  it('jumps to a product from the rail', async () => {
    await page.locator('shoplet-video [part~=rail-jump]').nth(2).click();
    await page.waitForFunction(
      () =>
        document.querySelector('shoplet-video shoplet-tag[product="cove-canvas-tote"]') !== null &&
        getComputedStyle(document.querySelector('shoplet-video shoplet-tag[product="cove-canvas-tote"]') as Element)
          .display !== 'none',
      null,
      WAIT,
    );
  });
});

describe('cart and inline checkout in the drawer', () => {
  const cartButton = () => page.locator('header shoplet-cart-button [part=button]');
  /** The drawer's `<dialog>`; its accessible name follows the step ("Your cart", then "Checkout"). */
  const drawer = () => page.locator('shoplet-cart [part=dialog]');

  it('adds to cart from a product card and counts it on the cart button', async () => {
    await cartButton().waitFor(WAIT);
    await card('harbour-stoneware-mug').getByRole('button', { name: 'Add to cart' }).click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('shoplet-cart-button')
          ?.shadowRoot?.querySelector('[part=button]')
          ?.getAttribute('aria-label') === 'Cart, 1 item',
      null,
      WAIT,
    );
    // The count above is optimistic; the card says so once the shop has confirmed the line.
    await card('harbour-stoneware-mug').getByText('Added to cart').first().waitFor(WAIT);
  });

  it('keeps the cart across a reload', async () => {
    await page.reload();
    await page.waitForFunction(
      () =>
        document
          .querySelector('shoplet-cart-button')
          ?.shadowRoot?.querySelector('[part=button]')
          ?.getAttribute('aria-label') === 'Cart, 1 item',
      null,
      WAIT,
    );
  });

  it('shows the line and the total in the drawer', async () => {
    await cartButton().click();
    await page.getByRole('dialog', { name: 'Your cart' }).waitFor({ state: 'visible', ...WAIT });
    // The page's own <shoplet-cart> serves the button: no second drawer is created.
    expect(await page.locator('shoplet-cart').count()).toBe(1);
    const line = page.locator('shoplet-cart [part=line]');
    await line.waitFor(WAIT);
    expect(await line.count()).toBe(1);
    expect(await line.textContent()).toContain('Harbour Stoneware Mug');
    expect((await page.locator('shoplet-cart [part=total]').textContent())?.trim()).toBe('US$24.00');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('checks out inline: email, address, shipping, demo payment, order code; Vendure has the order', async () => {
    const admin = await adminClient(demo.adminApi);
    const stockBefore = await admin.saleableStock('HSM-OAT');

    await page.locator('shoplet-cart [part=checkout-button]').click();
    const form = drawer();
    await form.getByLabel('Email').fill('reader@example.com');
    await form.getByRole('button', { name: 'Continue' }).click();

    await form.getByLabel('Full name').fill('Ana Ribeiro');
    await form.getByLabel('Address', { exact: true }).fill('4 Harbour Row');
    await form.getByLabel('City').fill('Whitstable');
    await form.getByLabel('Postcode').fill('CT5 1AB');
    await form.getByRole('button', { name: 'Continue' }).click();

    await form.getByRole('radio', { name: /Standard delivery/ }).check(WAIT);
    await form.getByRole('button', { name: 'Continue' }).click();

    await form.getByRole('radio', { name: /Demo payment/ }).check(WAIT);
    // US$24.00 + US$4.95 standard delivery.
    await form.getByRole('button', { name: 'Place order · US$28.95' }).click();

    const codeText = (await page.locator('shoplet-cart [part=order-code]').textContent(WAIT)) ?? '';
    const orderCode = /Order ([A-Z0-9]+)/.exec(codeText)?.[1] ?? '';
    expect(orderCode).not.toBe('');

    const order = await admin.order(orderCode);
    expect(order).toMatchObject({
      state: 'PaymentSettled',
      totalWithTax: 2895,
      customer: { emailAddress: 'reader@example.com' },
      shippingAddress: { fullName: 'Ana Ribeiro', city: 'Whitstable', countryCode: 'GB' },
      lines: [{ quantity: 1, productVariant: { sku: 'HSM-OAT' } }],
    });
    expect(await admin.saleableStock('HSM-OAT')).toBe(stockBefore - 1);
  });
});

describe('under a strict Content-Security-Policy', () => {
  /** Blocked things as `directive host > element`, collected in the page. */
  let violations: string[] = [];

  it('loads, shows products and opens the sheet and the cart with no script allowed but its own', async () => {
    const strict = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const strictProblems = watchPage(strict);
    await strict.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener(
        'securitypolicyviolation',
        (e) => {
          const target = e.composedPath()[0] as Element;
          const host = (target.getRootNode() as ShadowRoot).host;
          seen.push(
            `${e.violatedDirective} ${host?.localName ?? 'document'} > ${target.localName}.${target.className}`,
          );
        },
        true,
      );
    });
    // `?csp`: the dev server sends script-src 'self', style-src 'self', connect-src to the shop only.
    await strict.goto(`${demo.examples}blog-post/?csp`);
    await strict.locator('shoplet-product[product="harbour-stoneware-mug"]').getByText('US$24.00').waitFor(WAIT);
    await strict.locator('shoplet-image shoplet-tag[product="sandbar-linen-shirt"] [part=hotspot]').click();
    await strict.getByRole('dialog', { name: 'Sandbar Linen Shirt' }).waitFor(WAIT);
    await strict.keyboard.press('Escape');
    await strict.locator('header shoplet-cart-button [part=button]').click();
    await strict.locator('shoplet-cart [part=dialog]').waitFor(WAIT);
    violations = await strict.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    await strict.close();

    expect(violations.filter((v) => v.startsWith('script-src') || v.startsWith('connect-src'))).toEqual([]);
    expect(strictProblems.errors.filter((e) => !/Content Security Policy.*style/.test(e))).toEqual([]);
  });

  // Style attributes written from templates are inline styles: <shoplet-video>'s frame
  // (style="--_aspect: …") and <shoplet-trust-strip>'s stars (style="--_fill: …").
  it('blocks no inline style either', () => {
    expect(violations).toEqual([]);
  });
});

describe('the whole visit', () => {
  it('logged no error and made no request off this machine', () => {
    expect(problems.errors).toEqual([]);
    expect(problems.offsite).toEqual([]);
  });
});
