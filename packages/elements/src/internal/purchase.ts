import { type Product, toShopletError, type Variant } from '@shoplet/core';
import type { ReactiveController } from 'lit';
import { emit, toMajorUnits } from './events.js';
import type { ShopletElement } from './shoplet-element.js';
import { findVariant, initialSelection, type Selection } from './variants.js';

/**
 * The add-to-cart button's state: `idle`, `busy` while the backend answers, `added` after
 * success, `error` when the backend refused (the message says why).
 *
 * @example
 * if (purchase.status === 'error') console.log(purchase.error);
 */
export type PurchaseStatus = 'idle' | 'busy' | 'added' | 'error';

/**
 * The buying state shared by the product card and the sheet: chosen options, quantity and the
 * add-to-cart round trip. Emits `shoplet-add-to-cart` on success and `shoplet-error` on failure.
 *
 * @example
 * private purchase = new PurchaseController(this, () => this.productCtl.product);
 * await this.purchase.add();
 */
export class PurchaseController implements ReactiveController {
  selection: Selection = {};
  quantity = 1;
  status: PurchaseStatus = 'idle';
  error = '';
  private product: Product | undefined;
  private addedTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ShopletElement,
    private readonly getProduct: () => Product | undefined,
  ) {
    host.addController(this);
  }

  /** The variant the current selection points at, if it exists. */
  get variant(): Variant | undefined {
    return this.product ? findVariant(this.product, this.selection) : undefined;
  }

  hostUpdate(): void {
    const product = this.getProduct();
    if (product !== this.product) {
      this.product = product;
      this.selection = product ? initialSelection(product) : {};
      this.quantity = 1;
      this.status = 'idle';
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.addedTimer);
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

  /** Adds the selected variant; resolves when the backend answered (never rejects). */
  async add(): Promise<void> {
    const shop = this.host.shop;
    const product = this.product;
    const variant = this.variant;
    if (!shop || !product || !variant?.availableForSale || this.status === 'busy') return;
    const quantity = this.quantity;
    this.status = 'busy';
    this.error = '';
    this.host.requestUpdate();
    try {
      await shop.cart.add(variant.id, quantity);
      this.status = 'added';
      emit(this.host, 'shoplet-add-to-cart', {
        productId: product.id,
        productHandle: product.handle,
        productTitle: product.title,
        variantId: variant.id,
        variantTitle: variant.title,
        sku: variant.sku,
        quantity,
        price: variant.price,
        currency: variant.price.currencyCode,
        value: toMajorUnits(variant.price) * quantity,
      });
      clearTimeout(this.addedTimer);
      this.addedTimer = setTimeout(() => {
        if (this.status === 'added') {
          this.status = 'idle';
          this.host.requestUpdate();
        }
      }, 2500);
    } catch (err) {
      const error = toShopletError(err);
      this.status = 'error';
      this.error = error.message;
      emit(this.host, 'shoplet-error', { code: error.code, message: error.message, product: product.handle });
    }
    this.host.requestUpdate();
  }
}
