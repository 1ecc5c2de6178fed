// Type tests for @shoplet/elements/jsx: checked by `tsc -p packages/react/test/types`.

import type { ShopletAddToCartEvent, ShopletProduct } from '@shoplet/elements';
import type {} from '@shoplet/elements/jsx';
import { useRef } from 'react';

export function Card({ onAdd }: { onAdd: (event: ShopletAddToCartEvent) => void }) {
  const ref = useRef<ShopletProduct>(null);
  return (
    <shoplet-store endpoint="/shop-api">
      <shoplet-product ref={ref} product="linen-shirt" layout="row" class="card" onshoplet-add-to-cart={onAdd} />
      <shoplet-image src="/look.jpg" aspect-ratio="4/5" showTags="always">
        <shoplet-tag product="linen-shirt" x={0.3} y={0.4} />
      </shoplet-image>
      <shoplet-cart-button onshoplet-cart-open={(event) => console.log(event.detail)} />
      <shoplet-cart />
    </shoplet-store>
  );
}

export const misspelt = (
  // @ts-expect-error `prodcut` is not a property of <shoplet-product>.
  <shoplet-product prodcut="linen-shirt" />
);

export const wrongLayout = (
  // @ts-expect-error `layout` is one of the card layouts.
  <shoplet-product layout="grid" />
);

export const wrongDetail = (
  <shoplet-product
    onshoplet-add-to-cart={(event) => {
      // @ts-expect-error the add-to-cart detail has no `colour`.
      console.log(event.detail.colour);
    }}
  />
);
