import { expect } from '@open-wc/testing';
import { startLoader } from './loader.js';
import type { ElementChunks, LoadWhen } from './types.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await frame();
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** A tag table whose "chunks" record that they were imported. */
function table(tags: Record<string, LoadWhen>) {
  const loaded: string[] = [];
  const chunks: ElementChunks = Object.fromEntries(
    Object.entries(tags).map(([tag, when]) => [tag, { when, load: async () => void loaded.push(tag) }]),
  );
  return { chunks, loaded };
}

describe('loader', () => {
  let host: HTMLElement;
  let stop: (() => void) | undefined;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    window.scrollTo(0, 0);
  });
  afterEach(() => {
    stop?.();
    host.remove();
  });

  it('loads a tag that is on screen, and nothing for tags below the fold until the reader scrolls', async () => {
    const { chunks, loaded } = table({ 'shoplet-near': 'visible', 'shoplet-far': 'visible' });
    host.innerHTML = `<shoplet-near>near</shoplet-near>
      <div style="height: ${innerHeight * 5}px"></div>
      <shoplet-far>far</shoplet-far>`;
    stop = startLoader({ chunks }).stop;
    await until(() => loaded.includes('shoplet-near'), 'the visible tag');
    await frame();
    expect(loaded).to.deep.equal(['shoplet-near']);

    host.querySelector('shoplet-far')!.scrollIntoView();
    await until(() => loaded.includes('shoplet-far'), 'the tag scrolled to');
  });

  it('starts loading about one viewport before an element is visible', async () => {
    const { chunks, loaded } = table({ 'shoplet-soon': 'visible' });
    host.innerHTML = `<div style="height: ${Math.round(innerHeight * 1.5)}px"></div><shoplet-soon>x</shoplet-soon>`;
    stop = startLoader({ chunks }).stop;
    await until(() => loaded.includes('shoplet-soon'), 'the tag half a viewport below the fold');
  });

  it('finds elements an app adds later, and each tag loads once however many there are', async () => {
    const { chunks, loaded } = table({ 'shoplet-late': 'visible' });
    stop = startLoader({ chunks }).stop;
    await frame();
    expect(loaded).to.deep.equal([]);
    host.innerHTML = '<section><shoplet-late></shoplet-late><shoplet-late></shoplet-late></section>';
    await until(() => loaded.length > 0, 'the late tag');
    host.append(document.createElement('shoplet-late'));
    await frame();
    await frame();
    expect(loaded).to.deep.equal(['shoplet-late']);
  });

  it('finds tags inside open shadow roots, including ones attached when their element is defined later', async () => {
    const { chunks, loaded } = table({ 'shoplet-inner': 'visible', 'shoplet-deeper': 'visible' });
    const open = document.createElement('div');
    open.attachShadow({ mode: 'open' }).innerHTML = '<p><shoplet-inner></shoplet-inner></p>';
    host.append(open);
    host.append(document.createElement('app-card-for-loader-test'));
    stop = startLoader({ chunks }).stop;
    await until(() => loaded.includes('shoplet-inner'), 'the tag in a shadow root');

    customElements.define(
      'app-card-for-loader-test',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' });
        }
        connectedCallback() {
          // Rendered after upgrade, like a framework component.
          queueMicrotask(() => {
            this.shadowRoot!.innerHTML = '<shoplet-deeper></shoplet-deeper>';
          });
        }
      },
    );
    await until(() => loaded.includes('shoplet-deeper'), 'the tag rendered by a component defined later');
  });

  it('loads providers at once and before other elements; the cart drawer comes with the first element', async () => {
    const order: string[] = [];
    let releaseStore!: () => void;
    const chunks: ElementChunks = {
      'shoplet-provider': {
        when: 'present',
        load: () => new Promise<void>((r) => (releaseStore = () => r(void order.push('shoplet-provider')))),
      },
      'shoplet-drawer': { when: 'with-others', load: async () => void order.push('shoplet-drawer') },
      'shoplet-card': { when: 'visible', load: async () => void order.push('shoplet-card') },
    };
    host.innerHTML = `<shoplet-drawer></shoplet-drawer><div style="height: ${innerHeight * 5}px"></div>
      <shoplet-provider><shoplet-card></shoplet-card></shoplet-provider>`;
    let first: Promise<unknown> | undefined;
    const loader = startLoader({ chunks, onFirstLoad: (p) => (first = p) });
    stop = loader.stop;
    await frame();
    expect(order, 'the drawer waits for a first element').to.deep.equal([]);
    host.querySelector('shoplet-card')!.scrollIntoView();
    await until(() => first !== undefined, 'the first element to start loading');
    await frame();
    expect(order, 'the card waits for its provider').to.not.include('shoplet-card');
    releaseStore();
    await first;
    expect(order.indexOf('shoplet-provider')).to.be.lessThan(order.indexOf('shoplet-card'));
    await until(() => order.includes('shoplet-drawer'), 'the drawer');
  });

  it('load() imports a tag on demand, once', async () => {
    const { chunks, loaded } = table({ 'shoplet-any': 'visible' });
    const loader = startLoader({ chunks });
    stop = loader.stop;
    await Promise.all([loader.load('shoplet-any'), loader.load('shoplet-any'), loader.load('shoplet-unknown')]);
    expect(loaded).to.deep.equal(['shoplet-any']);
  });

  it('reports a chunk that fails to load with the tag name, and keeps watching the page', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const chunks: ElementChunks = {
        'shoplet-broken': { when: 'visible', load: () => Promise.reject(new Error('offline')) },
        'shoplet-fine': { when: 'visible', load: async () => {} },
      };
      host.innerHTML = '<shoplet-broken></shoplet-broken>';
      const loader = startLoader({ chunks });
      stop = loader.stop;
      await until(() => errors.length > 0, 'the error');
      expect(String(errors[0]?.[0])).to.contain('<shoplet-broken>');
      host.append(document.createElement('shoplet-fine'));
      await loader.load('shoplet-fine');
    } finally {
      console.error = original;
    }
  });
});
