import { packageConfig } from '../../scripts/rollup-config.mjs';

// One entry per exports-map subpath: the public API, the define-everything module, the unstable
// internals the embed uses, and each tag's defining module (so a bundler can load one tag alone).
const tags = [
  'store',
  'product',
  'sheet',
  'image',
  'tag',
  'post',
  'video',
  'feed',
  'cart',
  'cart-button',
  'checkout',
  'delivery',
  'trust',
  'share',
];

export default packageConfig({
  dir: import.meta.dirname,
  entries: ['index', 'define', 'internal/index', ...tags.map((tag) => `${tag}/${tag}`)],
});
