// The script-tag entry: `<script type="module" src="…/shoplet.js" data-adapter="…">`.
import { boot } from './boot.js';
import { findOwnScript } from './config.js';
import { ELEMENT_CHUNKS } from './elements.js';

export * from './index.js';

boot(findOwnScript(import.meta.url), {
  chunks: ELEMENT_CHUNKS,
  client: () => import('./client.js'),
  trust: () => import('./trust.js'),
});
