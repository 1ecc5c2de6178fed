// The script-tag entry: `<script type="module" src="…/shoplet.js" data-adapter="…">`.
import { boot } from './boot.js';
import { findOwnScript } from './config.js';
import { ELEMENT_CHUNKS } from './elements.js';

export * from './index.js';

boot(findOwnScript(import.meta.url), {
  chunks: ELEMENT_CHUNKS,
  // One entry per adapter, so a page loads its own adapter's code and no other.
  client: (adapter) =>
    adapter === 'shopify'
      ? import('./client-shopify.js')
      : adapter === 'memory'
        ? import('./client-memory.js')
        : import('./client-vendure.js'),
  trust: () => import('./trust.js'),
});
