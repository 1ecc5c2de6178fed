// Type tests for @shoplet/elements/preact: checked by `tsc -p packages/elements/types/test/preact`.
import type {} from '@shoplet/elements/preact';

export const card = (
  <shoplet-product
    product="linen-shirt"
    layout="row"
    class="card"
    onshoplet-add-to-cart={(event) => event.detail.sku}
  />
);

export const misspelt = (
  // @ts-expect-error `prodcut` is not a property of <shoplet-product>.
  <shoplet-product prodcut="linen-shirt" />
);

export const wrongLayout = (
  // @ts-expect-error `layout` is one of the card layouts.
  <shoplet-product layout="grid" />
);
