import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { testShop } from '../test-utils/shop.js';
import { until } from '../test-utils/wait.js';
import { openSheet } from './open-sheet.js';
import type { ShopletSheet } from './sheet.component.js';

/**
 * Listener registrations that something still reaches: on a window, a document, a store or a node
 * on the page. One on a node that left the page goes with the node.
 */
function watchListeners() {
  const live = new Map<EventTarget, Set<string>>();
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  const ids = new WeakMap<object, number>();
  let lastId = 0;
  const idOf = (listener: object) => {
    if (!ids.has(listener)) ids.set(listener, ++lastId);
    return ids.get(listener);
  };
  const key = (type: string, listener: object, options?: boolean | EventListenerOptions) =>
    `${type}|${typeof options === 'boolean' ? options : !!options?.capture}|${idOf(listener)}`;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (listener) {
      const set = live.get(this) ?? new Set<string>();
      set.add(key(type, listener, options));
      live.set(this, set);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (listener) live.get(this)?.delete(key(type, listener, options));
    return remove.call(this, type, listener, options);
  };
  return {
    count(): number {
      let n = 0;
      for (const [target, set] of live) if (!(target instanceof Node) || target.isConnected) n += set.size;
      return n;
    },
    stop() {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    },
  };
}

/** Every element under a root, through the shadow roots of the elements in it. */
function countElements(root: ParentNode): number {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
}

async function cycle(sheet: ShopletSheet, client: ReturnType<typeof testShop>['shop']) {
  await openSheet('linen-shirt', { client });
  await until(() => sheet.shadowRoot!.querySelector('input[type="radio"]'), 'the options');
  await sheet.updateComplete;
  sheet.hide();
  await sheet.updateComplete;
}

describe('<shoplet-sheet> over many open/close cycles', () => {
  afterEach(() =>
    document.querySelectorAll('shoplet-sheet').forEach((s) => {
      s.remove();
    }),
  );

  it('keeps the same number of elements and listeners after 200 cycles as after the first', async () => {
    const { shop } = testShop();
    const sheet = await openSheet('linen-shirt', { client: shop });
    sheet.hide();
    await sheet.updateComplete;
    const listeners = watchListeners();
    try {
      // Warm up: the sheet's parts load and subscribe on the first open.
      await cycle(sheet, shop);
      await openSheet('linen-shirt', { client: shop });
      await until(() => sheet.shadowRoot!.querySelector('input[type="radio"]'), 'the options');
      const elementsOpen = countElements(sheet.shadowRoot!);
      const radios = [...sheet.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      // Grouped by their form, the radios leave with the content; grouped by the shadow root, the
      // browser kept every removed group, and the content around it, for as long as the sheet.
      expect(radios.every((radio) => radio.form?.isConnected)).to.equal(true);
      sheet.hide();
      await sheet.updateComplete;
      const elementsClosed = countElements(sheet.shadowRoot!);
      const listenersBefore = listeners.count();

      for (let i = 0; i < 200; i++) await cycle(sheet, shop);

      expect(countElements(sheet.shadowRoot!), 'elements while closed').to.equal(elementsClosed);
      expect(listeners.count() - listenersBefore, 'listeners still reachable').to.be.at.most(2);
      await openSheet('linen-shirt', { client: shop });
      await until(() => sheet.shadowRoot!.querySelector('input[type="radio"]'), 'the options');
      expect(countElements(sheet.shadowRoot!), 'elements while open').to.equal(elementsOpen);
      expect(sheet.shadowRoot!.querySelectorAll('input[type="radio"]').length).to.equal(radios.length);
    } finally {
      listeners.stop();
    }
  });

  it('frees what it rendered: DOM nodes, listeners and heap stay flat over 200 cycles (CDP, after GC)', async () => {
    type Counters = { nodes: number; listeners: number; heap: number };
    const { shop } = testShop();
    const sheet = await openSheet('linen-shirt', { client: shop });
    sheet.hide();
    await sheet.updateComplete;
    for (let i = 0; i < 5; i++) await cycle(sheet, shop);
    const before = await executeServerCommand<Counters, undefined>('dom-counters');

    for (let i = 0; i < 200; i++) await cycle(sheet, shop);
    const after = await executeServerCommand<Counters, undefined>('dom-counters');

    // With the leak, 200 cycles kept ~53,000 nodes and ~2,800 listeners alive.
    expect(after.nodes - before.nodes, 'DOM nodes still alive').to.be.below(500);
    expect(after.listeners - before.listeners, 'listeners still alive').to.be.below(50);
    expect(after.heap - before.heap, 'JS heap growth in bytes').to.be.below(2_000_000);
  });
});
