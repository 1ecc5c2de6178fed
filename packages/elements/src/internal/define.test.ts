import { expect } from '@open-wc/testing';
import { define } from './define.js';

describe('define', () => {
  it('keeps the first definition and warns once when a second copy registers the same tag', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      define('shoplet-define-probe', First);
      expect(() => define('shoplet-define-probe', Second)).not.to.throw();
      define('shoplet-define-probe', Second);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('shoplet-define-probe')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('[shoplet:duplicate-define]');
    expect(warnings[0]).to.contain('<shoplet-define-probe>');
  });
});
