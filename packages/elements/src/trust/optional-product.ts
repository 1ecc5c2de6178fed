import type { Product, ProductState } from '@shoplet/core';
import type { ReactiveController } from 'lit';
import { toProductRef } from '../internal/product-controller.js';
import type { ShopletElement } from '../internal/shoplet-element.js';
import { StoreController } from '../internal/store-controller.js';

/**
 * Follows the product an element optionally names (`product="linen-shirt"`) through the client's
 * product cache. Unlike `ProductController` it reports nothing when the product is missing or
 * unknown: the trust strip, delivery promise and share control sit beside a card or sheet that
 * already reports that, and simply leave out what they cannot know.
 *
 * @example
 * private readonly source = new OptionalProduct(this, () => this.product);
 * render() { return this.source.product ? html`${this.source.product.title}` : nothing; }
 */
export class OptionalProduct implements ReactiveController {
  private readonly store: StoreController<ProductState>;
  private synced = false;
  private shop: unknown;
  private ref: string | undefined;

  constructor(
    private readonly host: ShopletElement,
    private readonly getRef: () => string | undefined,
  ) {
    this.store = new StoreController<ProductState>(host);
    host.addController(this);
  }

  /** Whether the element names a product at all. */
  get named(): boolean {
    return Boolean(this.getRef()?.trim());
  }

  /** `loading` until the client answers, also while there is no client yet. */
  get status(): ProductState['status'] | 'none' {
    if (!this.named) return 'none';
    return this.store.value?.status ?? 'loading';
  }

  get product(): Product | undefined {
    const s = this.store.value;
    return this.named && s?.status === 'ready' ? s.product : undefined;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
  }

  private sync(): void {
    const shop = this.host.shop;
    const ref = this.getRef()?.trim() || undefined;
    if (this.synced && shop === this.shop && ref === this.ref) return;
    this.synced = true;
    this.shop = shop;
    this.ref = ref;
    this.store.track(shop && ref ? shop.products.store(toProductRef(ref)) : undefined);
  }
}
