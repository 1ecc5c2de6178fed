import type { DeliveryPolicy } from './delivery/types.js';
import type { CrossTabLock } from './options.js';
import type { Transport } from './transport.js';
import type { Address, Cart, CheckoutHandoff, Order, PaymentOption, Product, ShippingOption } from './types.js';

/**
 * How a product is asked for: a string is a handle (Shopify handle, Vendure slug); `{ id }` is the
 * backend's id.
 *
 * @example
 * await shop.products.get('linen-shirt');
 * await shop.products.get({ id: 'gid://shopify/Product/1' });
 */
export type ProductRef = string | { id: string };

/**
 * A line to add: which variant and how many.
 *
 * @example
 * const line: CartLineInput = { variantId: 'gid://shopify/ProductVariant/1', quantity: 2 };
 */
export interface CartLineInput {
  variantId: string;
  quantity: number;
}

/**
 * What an adapter can do, so the UI shows only what exists.
 *
 * @example
 * if (shop.adapter.capabilities.inlineCheckout) renderCheckoutSteps();
 */
export interface AdapterCapabilities {
  /** Checkout happens inside the embed (Vendure) rather than by redirect (Shopify). */
  inlineCheckout: boolean;
  discountCodes: boolean;
  cartAttributes: boolean;
  /** Stock counts are exposed. */
  quantityAvailable: boolean;
  /** Prices follow `country` (Shopify markets). */
  markets: boolean;
  /** Who processes payment, for the trust strip ("Secure checkout by Shopify"). */
  checkoutProvider: string;
}

/**
 * Storage the platform gives Shoplet (localStorage in browsers, memory elsewhere).
 *
 * @example
 * const storage: StorageLike = window.localStorage;
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What the client hands an adapter when it starts: the platform's `fetch` with the client's
 * timeout and retries, and namespaced `storage` for session state (e.g. Vendure's token). The
 * client itself does no HTTP; Shoplet's own adapters build their transport from this context.
 *
 * @example
 * init(ctx) { this.fetch = ctx.fetch; this.token = ctx.storage.getItem('vendure-token'); }
 */
export interface AdapterContext {
  /** The platform's fetch (or the one passed to `createShoplet`). */
  fetch: typeof fetch;
  /** Per-request timeout the client was configured with. */
  timeoutMs?: number | undefined;
  /** Retries the client was configured with. */
  retries?: number | undefined;
  /** A ready transport, when the caller wants to supply one (tests inject one that does not sleep). */
  transport?: Transport;
  /** Namespaced storage: keys are prefixed per client. */
  storage: StorageLike;
  locale: string;
  /** The current market; it changes when `shop.setCountry()` is called, so read it per request. */
  readonly country: string | undefined;
  currency: string | undefined;
  now(): number;
  /** Runs a task under a lock shared by every tab (absent where the platform has none). */
  lock?: CrossTabLock | undefined;
}

/**
 * Inline checkout steps, present when `capabilities.inlineCheckout` is true. Card data never
 * passes through these: payment methods need no card data or are a provider's hosted step.
 *
 * @example
 * await shop.checkout.inline!.setContact(cartId, { email: 'ana@example.com' });
 */
export interface InlineCheckout {
  setContact(cartId: string, contact: { email: string; firstName?: string; lastName?: string }): Promise<Cart>;
  setShippingAddress(cartId: string, address: Address): Promise<Cart>;
  shippingOptions(cartId: string): Promise<ShippingOption[]>;
  setShippingOption(cartId: string, optionId: string): Promise<Cart>;
  paymentOptions(cartId: string): Promise<PaymentOption[]>;
  /**
   * Completes payment and returns the placed order. When the answer is lost (a cut connection, a
   * timeout, a 5xx), the adapter finds out what happened before it reports anything: an order that
   * was placed is returned as if the answer had arrived; a payment that may or may not have been
   * taken rejects with an error for which `isOutcomeUnknown(error)` is true, and must not be sent
   * again blindly. Paying a cart that already became an order returns that order.
   */
  pay(cartId: string, code: string, metadata?: Record<string, unknown>): Promise<Order>;
  /**
   * The order a cart became, when it was paid (also when the answer to `pay` never arrived), or
   * `null` when it was not placed. The client asks after a reload in the middle of a payment.
   */
  placedOrder?(cartId: string): Promise<Order | null>;
}

/**
 * The contract every backend adapter implements. All methods return normalized types; errors are
 * {@link ShopletError}s with a stable code. A mutation on a cart the backend no longer knows rejects
 * with `new ShopletError('not_found', …, { field: 'cartId' })`: the client then rebuilds the cart
 * from its saved lines and tries once more. A change the backend applied only in part (a quantity
 * capped at the stock) rejects with the resulting cart as `error.cause.cart`, which the client shows.
 *
 * @example
 * const shop = createShoplet({ adapter: memoryAdapter({ products: [makeProduct()] }) });
 */
export interface ShopletAdapter {
  /** Short name for logs and events (`shopify`, `vendure`, `memory`). */
  readonly name: string;
  readonly capabilities: AdapterCapabilities;
  /** Called once by `createShoplet` before any other method. */
  init?(ctx: AdapterContext): void;
  /** Products in the same order as `refs`; `null` where the backend has none. */
  getProducts(refs: ProductRef[]): Promise<(Product | null)[]>;
  createCart(input: { lines?: CartLineInput[]; attributes?: Record<string, string> }): Promise<Cart>;
  /** The cart, or `null` when the backend no longer knows it (expired, completed, foreign). */
  getCart(cartId: string): Promise<Cart | null>;
  addLines(cartId: string, lines: CartLineInput[]): Promise<Cart>;
  updateLines(cartId: string, lines: { id: string; quantity: number }[]): Promise<Cart>;
  removeLines(cartId: string, lineIds: string[]): Promise<Cart>;
  applyDiscount(cartId: string, codes: string[]): Promise<Cart>;
  setAttributes(cartId: string, attributes: Record<string, string>): Promise<Cart>;
  checkout(cartId: string): Promise<CheckoutHandoff>;
  /** Re-prices the cart for another market (Shopify `cartBuyerIdentityUpdate`). */
  setMarket?(cartId: string, market: { country: string }): Promise<Cart>;
  inline?: InlineCheckout;
  /** The delivery policy the backend knows (e.g. from its shipping methods), if any. */
  deliveryPolicy?(): Promise<DeliveryPolicy | null>;
  /**
   * For carts that can change outside Shoplet (a Shopify theme cart): call `onChange` with the
   * fresh cart when that happens. Returns an unsubscribe function.
   */
  watchCart?(onChange: (cart: Cart | null) => void): () => void;
}
