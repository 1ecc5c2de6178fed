import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { atom } from 'nanostores';
import { StoreController } from './store-controller.js';

/** A host that counts update requests and connects its controllers on demand. */
function host() {
  const controllers: ReactiveController[] = [];
  const h = {
    updates: 0,
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => h.updates++,
    updateComplete: Promise.resolve(true),
    connect: () => {
      for (const c of controllers) c.hostConnected?.();
    },
    disconnect: () => {
      for (const c of controllers) c.hostDisconnected?.();
    },
  };
  return h as typeof h & ReactiveControllerHost;
}

describe('StoreController', () => {
  it('follows one store at a time while connected, and none while disconnected', () => {
    const h = host();
    const ctl = new StoreController<number>(h);
    const a = atom(1);
    const b = atom(10);
    ctl.track(a);
    expect(ctl.value).to.equal(1);
    expect(a.lc, 'no subscription before connecting').to.equal(0);
    h.connect();
    expect(a.lc).to.equal(1);
    a.set(2);
    expect([ctl.value, h.updates]).to.deep.equal([2, 1]);
    ctl.track(b);
    expect([a.lc, b.lc, ctl.value]).to.deep.equal([0, 1, 10]);
    a.set(3);
    b.set(11);
    expect([ctl.value, h.updates]).to.deep.equal([11, 2]);
    h.disconnect();
    expect(b.lc).to.equal(0);
    b.set(12);
    expect(h.updates).to.equal(2);
    ctl.track(undefined);
    h.connect();
    expect(ctl.value).to.equal(undefined);
    ctl.track(b);
    expect([b.lc, ctl.value]).to.deep.equal([1, 12]);
  });
});
