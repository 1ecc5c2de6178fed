import { vendure } from '@shoplet/adapter-vendure';
import { createShoplet } from '@shoplet/core';
import type {} from '@shoplet/elements/jsx';
import { CartButton, Product, ShopletProvider, useCart, useProduct } from '@shoplet/react';

const shop = createShoplet({ adapter: vendure({ shopApi: 'https://shop.example.com/shop-api' }) });

function CartCount() {
  const cart = useCart();
  return <span>{cart?.totalQuantity ?? 0} items</span>;
}

function Heading({ handle }: { handle: string }) {
  const state = useProduct(handle);
  return <h1>{state?.status === 'ready' ? state.product.title : 'Loading…'}</h1>;
}

export function App() {
  return (
    <ShopletProvider client={shop}>
      <Heading handle="linen-shirt" />
      {/* A wrapper: properties set as properties, events as typed on… props. */}
      <Product client={shop} product="linen-shirt" onAddToCart={(event) => console.log(event.detail.sku)} />
      {/* A plain tag, typed by @shoplet/elements/jsx. */}
      <shoplet-product
        product="stoneware-mug"
        layout="row"
        onshoplet-add-to-cart={(event) => console.log(event.detail.value)}
      />
      <CartButton client={shop} />
      <CartCount />
    </ShopletProvider>
  );
}
