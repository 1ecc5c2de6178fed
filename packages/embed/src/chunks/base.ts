// The `base` chunk: what nearly every shoppable page shows, in one file. rollup.config.mjs puts
// everything this module needs to run into that chunk (Lit, nanostores and the client come along),
// and the other chunks import it from there. The embed never loads this module itself.
import '@shoplet/elements/product'; // with its delivery promise and share button
import '@shoplet/elements/cart-button';
import '@shoplet/elements/image';
import '@shoplet/elements/tag';

// The page's client, which every adapter's chunk builds on.
export { startWith } from '../client.js';
