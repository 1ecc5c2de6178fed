// The elements as React components (for React 18 and 19): properties are set as properties
// whatever the load order, and events are `on…` props with the event's type.
import { createComponent, type EventName } from '@lit/react';
import {
  ShopletCart,
  ShopletCartButton,
  ShopletCheckout,
  ShopletDeliveryPromise,
  ShopletFeed,
  ShopletImage,
  ShopletPost,
  ShopletProduct,
  ShopletShare,
  ShopletSheet,
  ShopletStore,
  ShopletTag,
  ShopletTrustStrip,
  ShopletVideo,
} from '@shoplet/elements';
// Defines every tag in the browser; on a server `define()` does nothing.
import '@shoplet/elements/define';
import * as React from 'react';

/** One element as a React component; `events` maps prop names to the DOM events they listen to. */
function wrap<Element extends HTMLElement, Events extends Record<string, EventName>>(
  tagName: keyof HTMLElementTagNameMap,
  elementClass: new () => Element,
  events: Events,
) {
  return createComponent({ react: React, tagName, elementClass, events });
}

const event = <Name extends keyof HTMLElementEventMap>(name: Name) => name as EventName<HTMLElementEventMap[Name]>;

const onError = event('shoplet-error');
const onAddToCart = event('shoplet-add-to-cart');
const onCheckout = event('shoplet-checkout');
const onTagActivate = event('shoplet-tag-activate');

export const Store = wrap('shoplet-store', ShopletStore, { onError });
export const Product = wrap('shoplet-product', ShopletProduct, { onAddToCart, onError });
export const Sheet = wrap('shoplet-sheet', ShopletSheet, { onAddToCart, onError });
export const Image = wrap('shoplet-image', ShopletImage, { onTagActivate, onError });
export const Tag = wrap('shoplet-tag', ShopletTag, { onTagActivate, onError });
export const Post = wrap('shoplet-post', ShopletPost, { onError });
export const Video = wrap('shoplet-video', ShopletVideo, { onTagActivate, onError });
export const Feed = wrap('shoplet-feed', ShopletFeed, { onFeedChange: event('shoplet-feed-change'), onError });
export const Cart = wrap('shoplet-cart', ShopletCart, { onCheckout, onError });
export const CartButton = wrap('shoplet-cart-button', ShopletCartButton, { onCartOpen: event('shoplet-cart-open') });
export const Checkout = wrap('shoplet-checkout', ShopletCheckout, { onCheckout, onError });
export const DeliveryPromise = wrap('shoplet-delivery-promise', ShopletDeliveryPromise, { onError });
export const TrustStrip = wrap('shoplet-trust-strip', ShopletTrustStrip, {});
export const Share = wrap('shoplet-share', ShopletShare, { onShare: event('shoplet-share') });
