// The published main entry (built declarations) brings the tag name map without importing a
// defining module: checked by `tsc -p packages/elements/types/test/built` after a build.
import { ShopletProduct } from '@shoplet/elements';

export const card = document.querySelector('shoplet-product');
export const isProduct: ShopletProduct | null = card;
export const layout: ShopletProduct['layout'] | undefined = card?.layout;
export const created: ShopletProduct = document.createElement('shoplet-product');
export { ShopletProduct };
