// @shoplet/react: the elements as React components and the client's stores as hooks.
export {
  Cart,
  CartButton,
  Checkout,
  DeliveryPromise,
  Feed,
  Image,
  Post,
  Product,
  Share,
  Sheet,
  Store,
  Tag,
  TrustStrip,
  Video,
} from './components.js';
export { ShopletProvider, useCart, useCartStatus, useProduct, useShoplet } from './hooks.js';
