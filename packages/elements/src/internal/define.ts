import { warnOnce } from '@shoplet/core/internal';

/**
 * Registers a custom element unless the tag is taken. When two copies of Shoplet load on one page
 * the first definition stays and a single development warning says so, instead of the
 * `NotSupportedError` that `customElements.define` throws.
 *
 * @example
 * define('shoplet-product', ShopletProduct);
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      warnOnce(
        'duplicate-define',
        `<${tag}> is already defined (two copies of Shoplet on this page?); keeping the first. Load Shoplet once.`,
      );
    }
    return;
  }
  customElements.define(tag, ctor);
}
