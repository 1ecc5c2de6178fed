// Unstable, for Shoplet's own packages (the script-tag embed): these names may change in any
// release. Pages and apps use the package's main entry.

export { ensureCart, hasCart } from '../cart/cart-registry.js';
export { emit } from '../events/emit.js';
export { customString, loadStrings, translate } from '../i18n/strings.js';
export { createAdapter, type StoreConfig } from '../store/adapters.js';
export { type AdapterSettings, need, type SettingName, shopifyOptions, vendureOptions } from './adapter-options.js';
export { closestStore, isStore, type StoreContext } from './context.js';
export { deepActiveElement } from './deep-active-element.js';
export { $defaultClient, getDefaultClient, setDefaultClient } from './default-client.js';
export { toMajorUnits } from './major-units.js';
export { OptionalProduct } from './optional-product.js';
export { ProductController, toProductRef } from './product-controller.js';
export { PurchaseController, type PurchaseStatus } from './purchase.js';
export { sanitizeHtml } from './sanitize.js';
export { ShopletElement } from './shoplet-element.js';
export { StoreController } from './store-controller.js';
export { theme } from './theme.js';
export { findVariant, initialSelection, type Selection, type ValueState, valueState } from './variants.js';
