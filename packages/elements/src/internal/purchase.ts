import { isOutcomeUnknown, type Product, type Variant } from '@shoplet/core';
import { lazy } from '@shoplet/core/internal';
import type { ReactiveController } from 'lit';
import { emit } from '../events/emit.js';
import type { ShopletElement } from './shoplet-element.js';
import { logShopperError, shopperMessage } from './shopper-error.js';
import { findVariant, initialSelection, type Selection } from './variants.js';

/**
 * The add-to-cart button's state: `idle`, `busy` while the backend answers, `added` after
 * success, `error` when the backend refused (`error` says why in the shopper's words), or
 * `unconfirmed` when the answer was lost and the cart could not be read back, so nobody knows
 * whether the line is there (adding again could add it twice).
 *
 * @example
 * if (purchase.status === 'error') console.log(purchase.error);
 */
export type PurchaseStatus = 'idle' | 'busy' | 'added' | 'error' | 'unconfirmed';

// The add-to-cart round trip loads on first use, or when the pointer or focus reaches an add
// button (`preload`): a page whose shoppers only look carries only the form.
const addCode = lazy(() => import('./purchase-add.js'));

/**
 * The buying state shared by the product card and the sheet: chosen options, quantity and the
 * add-to-cart round trip. Emits `shoplet-add-to-cart` on success and `shoplet-error` on failure.
 *
 * @example
 * readonly #purchase = new PurchaseController(this, () => this.#productCtl.product);
 * await this.purchase.add();
 */
export class PurchaseController implements ReactiveController {
  selection: Selection = {};
  quantity = 1;
  status: PurchaseStatus = 'idle';
  error = '';
  /** @internal The product the selection belongs to. */
  product: Product | undefined;
  /**
   * @internal Returns the status from `added` to `idle` (also while the element is off the page, so
   * it comes back idle).
   */
  addedTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #getProduct: () => Product | undefined;

  constructor(
    /** @internal */ readonly host: ShopletElement,
    getProduct: () => Product | undefined,
  ) {
    this.#getProduct = getProduct;
    host.addController(this);
  }

  /** The variant the current selection points at, if it exists. */
  get variant(): Variant | undefined {
    return this.product ? findVariant(this.product, this.selection) : undefined;
  }

  hostUpdate(): void {
    const product = this.#getProduct();
    if (product !== this.product) {
      this.product = product;
      this.selection = product ? initialSelection(product) : {};
      this.quantity = 1;
      this.status = 'idle';
    }
  }

  select(name: string, value: string): void {
    this.selection = { ...this.selection, [name]: value };
    if (this.status !== 'busy') this.status = 'idle';
    this.host.requestUpdate();
  }

  setQuantity(value: number): void {
    const max = this.variant?.quantityAvailable ?? 99;
    this.quantity = Math.min(Math.max(1, Math.floor(value) || 1), Math.max(1, max));
    this.host.requestUpdate();
  }

  /**
   * Starts loading the add code, so the first press does not wait; the add button calls it when
   * the pointer or focus reaches it.
   */
  preload(): void {
    addCode.preload();
  }

  /**
   * Adds the selected variant; resolves when the backend answered (never rejects). The first add
   * may wait for its code (usually there already from {@link preload}).
   */
  async add(): Promise<void> {
    try {
      await (addCode.current ?? (await addCode.load())).add(this);
    } catch (err) {
      // The add code could not load (the next press tries again).
      this.fail(err, this.product);
    }
  }

  /**
   * Reads the cart back from the backend and opens the drawer, so the shopper sees whether an add
   * whose answer was lost is there.
   */
  async checkCart(): Promise<void> {
    const shop = this.host.shop;
    if (!shop) return;
    this.status = 'idle';
    this.host.requestUpdate();
    shop.$cartOpen.set(true);
    await shop.cart.refresh().catch(() => {
      // The drawer says why the cart could not be read.
    });
  }

  /** @internal Shows and reports a failed add: a plain sentence for the shopper, the detail in the console. */
  fail(err: unknown, product: Product | undefined): void {
    const error = logShopperError(this.host.localName, err);
    // The core reads the cart back after a lost answer; with that cart shown, the add simply failed.
    const readBack = !!(error.cause as { cart?: unknown } | undefined)?.cart;
    this.status = isOutcomeUnknown(error) && !readBack ? 'unconfirmed' : 'error';
    this.error = shopperMessage((key) => this.host.t(key), error);
    emit(this.host, 'shoplet-error', { code: error.code, message: error.message, product: product?.handle ?? '' });
    this.host.requestUpdate();
  }
}
