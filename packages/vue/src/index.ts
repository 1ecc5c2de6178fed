// @shoplet/vue: the elements in Vue templates and the client's stores as refs.
export { shopletKey, useCart, useCartStatus, useProduct, useShoplet } from './composables.js';
export { isShopletElement, ShopletPlugin, type ShopletPluginOptions } from './plugin.js';
