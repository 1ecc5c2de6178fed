import { vendure } from '@shoplet/adapter-vendure';
import { createShoplet } from '@shoplet/core';
import '@shoplet/elements/define';
import type {} from '@shoplet/elements/jsx';
import { CartButton, Product, ShopletProvider, useCart } from '@shoplet/react';
import { createRoot } from 'react-dom/client';

const shop = createShoplet({ adapter: vendure({ shopApi: new URL('/shop-api', location.href).href }) });

function CartCount() {
  return <output>{useCart()?.totalQuantity ?? 0}</output>;
}

function App() {
  return (
    <ShopletProvider client={shop}>
      <Product client={shop} product="linen-shirt" onAddToCart={(event) => console.log(event.detail.sku)} />
      <shoplet-product
        product="stoneware-mug"
        layout="row"
        onshoplet-add-to-cart={(event) => console.log(event.detail.value)}
      />
      <CartButton client={shop} />
      <shoplet-cart />
      <CartCount />
    </ShopletProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
