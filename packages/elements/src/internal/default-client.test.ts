import { expect } from '@open-wc/testing';
import { atom } from 'nanostores';
import { testShop } from '../test-utils/shop.js';
import { captureWarnings } from '../test-utils/wait.js';
import * as firstCopy from './default-client.js';

type DefaultClientModule = typeof firstCopy;
type Registry = { version: string; $defaultClient: typeof firstCopy.$defaultClient };

// Another copy of the module, as a second bundle on the page would load it: same file, new URL.
let copies = 0;
const loadAnotherCopy = (): Promise<DefaultClientModule> =>
  import(/* @vite-ignore */ `${new URL('./default-client.ts', import.meta.url).href}?copy=${++copies}`);

const registryKey = Symbol.for('shoplet.registry');
const page = globalThis as { [registryKey]?: Registry };

describe('the page-wide default client', () => {
  afterEach(() => firstCopy.setDefaultClient(undefined));

  it('is one client for every copy of Shoplet on the page, whichever copy sets it', async () => {
    const secondCopy = await loadAnotherCopy();
    expect(secondCopy).not.to.equal(firstCopy);
    const { shop } = testShop();
    secondCopy.setDefaultClient(shop);
    expect(firstCopy.getDefaultClient() === shop).to.equal(true);

    const seen: unknown[] = [];
    const stop = secondCopy.$defaultClient.listen((client) => seen.push(client));
    firstCopy.setDefaultClient(undefined);
    stop();
    expect(seen).to.deep.equal([undefined]);
  });

  it('is shared with a copy of another major version too, with one warning', async () => {
    const own = page[registryKey];
    const foreign: Registry = { version: '7.3.0', $defaultClient: atom(undefined) as Registry['$defaultClient'] };
    page[registryKey] = foreign;
    try {
      let copy: DefaultClientModule | undefined;
      const warnings = await captureWarnings(async () => {
        copy = await loadAnotherCopy();
        await loadAnotherCopy();
      });
      expect(warnings.filter((w) => w.includes('Shoplet 7.3.0'))).to.have.length(1);
      const { shop } = testShop();
      copy?.setDefaultClient(shop);
      expect(foreign.$defaultClient.get() === shop).to.equal(true);
    } finally {
      if (own) page[registryKey] = own;
    }
  });
});
