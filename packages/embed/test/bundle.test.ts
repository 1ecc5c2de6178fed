// The production bundle (dist/: minified, DEV_MODE stripped) on real pages under a strict Content
// Security Policy, in iframes: what ships is what is tested. web-test-runner.config.mjs builds the
// embed first when dist/ is missing or older than the sources.
import { expect } from '@open-wc/testing';

interface PageWindow extends Window {
  violations: { directive: string; blocked: string; where: string }[];
  pageErrors: string[];
  warnings: string[];
  dataLayer?: { event?: string }[];
}

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function until<T>(check: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const value = check();
    if (value) return value;
    await frame();
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const frames: HTMLIFrameElement[] = [];
async function open(page: string): Promise<PageWindow> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 900px; height: 700px; border: 0';
  iframe.src = new URL(`./pages/${page}`, import.meta.url).href;
  const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  return iframe.contentWindow as PageWindow;
}

const shadow = (el: Element | null | undefined, selector: string) =>
  el?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

interface Manifest {
  entries: Record<string, string | null>;
  chunks: Record<string, { imports: string[] }>;
}

/** The files the build's manifest says these entries load, with every file they import statically. */
function filesOf(manifest: Manifest, entries: string[]): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of manifest.chunks[file]?.imports ?? []) visit(imported);
  };
  for (const entry of entries) visit(entry === 'loader' ? 'shoplet.js' : (manifest.entries[entry] ?? `<no ${entry}>`));
  return [...files].sort();
}

function scripts(win: PageWindow): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname.split('/').pop() ?? '')
    .filter((name) => name.endsWith('.js') && !name.startsWith('__web-dev-server'));
}

// The one place that names the bundle's files: elsewhere tests assert what a user sees.
describe('the chunk layout of the production bundle', () => {
  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  it('puts what an article shows in one base file, and the adapter client in a file of its own', async () => {
    const manifest: Manifest = await (await fetch(new URL('../dist/manifest.json', import.meta.url))).json();
    const article = ['shoplet-product', 'shoplet-image', 'shoplet-tag', 'shoplet-cart-button', 'shoplet-share'];
    const base = manifest.entries['shoplet-product'] ?? '';
    expect(base).to.match(/^base-[\w-]+\.js$/);
    expect(article.map((tag) => manifest.entries[tag])).to.deep.equal(article.map(() => base));
    expect(manifest.chunks[base]?.imports).to.deep.equal([]);
    for (const adapter of ['vendure', 'shopify', 'memory']) {
      const client = manifest.entries[`client:${adapter}`] ?? '';
      expect(client).to.match(new RegExp(`^${adapter}-[\\w-]+\\.js$`));
      expect(manifest.chunks[client]?.imports).to.deep.equal([base]);
    }
    for (const later of ['shoplet-cart', 'shoplet-sheet', 'shoplet-video', 'shoplet-checkout', 'trust'])
      expect(manifest.entries[later], later).to.not.equal(base);
  });

  it('loads the loader, base and the adapter client for an article, then trust, and nothing used only on a press', async () => {
    const manifest: Manifest = await (await fetch(new URL('../dist/manifest.json', import.meta.url))).json();
    const win = await open('smoke.html');
    const shop = await until(() => (win as { shoplet?: { ready: Promise<unknown> } }).shoplet, 'window.shoplet');
    await shop.ready;
    await until(() => shadow(win.document.querySelector('shoplet-product'), '[part="title"]'), 'a product card');
    await new Promise((r) => setTimeout(r, 300));
    expect(
      scripts(win)
        .filter((s) => s !== 'probe.js')
        .sort(),
    ).to.deep.equal(filesOf(manifest, ['loader', 'shoplet-product', 'client:memory', 'trust']));
  });
});

describe('the production bundle under a strict CSP', () => {
  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  it('renders product cards from the script tag, adds to the cart and the badge counts it', async () => {
    const win = await open('smoke.html');
    const doc = win.document;
    const [mug] = [...doc.querySelectorAll('shoplet-product')];
    const title = await until(() => shadow(mug, '[part="title"]'), 'the product card');
    expect(title.textContent).to.equal('Stoneware mug');
    shadow(mug, '[part="add-button"]')!.click();
    const badge = await until(() => {
      const b = shadow(doc.querySelector('shoplet-cart-button'), '[part="badge"]');
      return b?.textContent === '1' && b;
    }, 'the cart badge to count the mug');
    expect(badge.textContent).to.equal('1');
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('renders an image with its product tags', async () => {
    const win = await open('smoke.html');
    const tags = [...win.document.querySelectorAll('shoplet-tag')];
    await until(() => tags.every((t) => shadow(t, '[part="hotspot"]')), 'both hotspots');
    const label = () => shadow(tags[0], '[part="hotspot"]')!.getAttribute('aria-label') ?? '';
    await until(() => label().includes('Linen shirt'), 'the tag to name its product');
    expect(label()).to.contain('Linen shirt');
    expect(win.violations).to.deep.equal([]);
  });

  it('opens the cart drawer from the cart button', async () => {
    const win = await open('smoke.html');
    const button = await until(
      () => shadow(win.document.querySelector('shoplet-cart-button'), '[part="button"]'),
      'the cart button',
    );
    await (win as { shoplet?: { ready: Promise<unknown> } }).shoplet?.ready;
    button.click();
    const dialog = await until(
      () => shadow(win.document.querySelector('shoplet-cart'), 'dialog[open]') as HTMLDialogElement | null,
      'the cart drawer to open',
    );
    expect(dialog.open).to.equal(true);
    expect(win.violations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('loads trust and analytics after the first element: cart events reach the dataLayer', async () => {
    const win = await open('smoke.html');
    const shop = (await until(() => (win as { shoplet?: { ready: Promise<unknown> } }).shoplet, 'window.shoplet'))
      .ready as Promise<{ consent?: unknown; cart: { add(id: string, q?: number): Promise<unknown> } }>;
    const client = await shop;
    expect(client.consent, 'withTrust applied').to.not.equal(undefined);
    await client.cart.add('stoneware-mug:default', 1);
    await until(() => win.dataLayer?.some((e) => e.event === 'add_to_cart'), 'an add_to_cart event');
    expect(scripts(win).some((s) => s.startsWith('trust'))).to.equal(true);
  });

  it('loads only the loader for content below the fold, and the element once the reader scrolls to it', async () => {
    const win = await open('below-fold.html');
    await new Promise((r) => setTimeout(r, 300));
    expect(scripts(win).filter((s) => s !== 'probe.js')).to.deep.equal(['shoplet.js']);
    expect(win.customElements.get('shoplet-product')).to.equal(undefined);
    win.document.getElementById('far')!.scrollIntoView();
    await until(() => shadow(win.document.getElementById('far'), '[part="title"]'), 'the card scrolled to');
    expect(win.violations).to.deep.equal([]);
  });

  it('keeps working with a second copy on the page: one warning, no error, both cards work', async () => {
    const win = await open('twice.html');
    const cards = [...win.document.querySelectorAll('shoplet-product')];
    await until(() => cards.every((c) => shadow(c, '[part="title"]')), 'both cards');
    await until(() => win.warnings.length > 0, 'the warning');
    expect(win.warnings.filter((w) => w.includes('loaded twice'))).to.have.length(1);
    expect(win.pageErrors).to.deep.equal([]);
    expect(win.violations).to.deep.equal([]);
  });
});
