// Headless Chromium for the end-to-end tests, plus what every test wants to know about a page:
// errors it logged and any request that left the machine (the demo must work offline).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { resolveBrowser } from '../../scripts/browser.mjs';

/**
 * Launches headless Chromium (system Chromium or `$CHROME_PATH`), offline flags included.
 *
 * @example
 * const browser = await launchBrowser();
 */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await resolveBrowser();
  return chromium.launch({ executablePath, args, headless: true });
}

/** What a page did that a test should fail on. */
export interface PageProblems {
  /** Uncaught exceptions and `console.error` messages. */
  errors: string[];
  /** Requests to anything other than 127.0.0.1 (or data:/blob: URLs). */
  offsite: string[];
}

/**
 * Records uncaught errors, console errors and off-machine requests of a page.
 *
 * @example
 * const problems = watchPage(page);
 * // … drive the page …
 * expect(problems.offsite).toEqual([]);
 */
export function watchPage(page: Page): PageProblems {
  const problems: PageProblems = { errors: [], offsite: [] };
  page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console.error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1') problems.offsite.push(request.url());
  });
  return problems;
}

const require = createRequire(import.meta.url);

/** One axe-core finding, reduced to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (shadow roots included) and returns the serious and critical
 * violations.
 *
 * @example
 * expect(await seriousViolations(page)).toEqual([]);
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const alreadyLoaded = await page.evaluate(() => 'axe' in window);
  if (!alreadyLoaded) {
    const content = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content });
  }
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script.
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return (result.violations as { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }));
  });
}

/**
 * Describes the focused element, looking through shadow roots: `tag[part]` plus its label.
 *
 * @example
 * expect(await focusedElement(page)).toContain('hotspot');
 */
export async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return '';
    const host = (el.getRootNode() as ShadowRoot).host;
    return `${host ? `${host.localName}[${host.getAttribute('product') ?? ''}] ` : ''}${el.localName}[part=${el.getAttribute('part') ?? ''}] ${el.getAttribute('aria-label') ?? el.textContent?.trim() ?? ''}`;
  });
}
