import { ProductController } from './product-controller.js';
import type { ShopletElement } from './shoplet-element.js';

/**
 * Follows the product an element optionally names (`product="linen-shirt"`) through the client's
 * product cache. Unlike `ProductController` it reports nothing when the product is missing or
 * unknown: the trust strip, delivery promise and share control sit beside a card or sheet that
 * already reports that, and simply leave out what they cannot know.
 *
 * @example
 * readonly #source = new OptionalProduct(this, () => this.product);
 * render() { return this.#source.product ? html`${this.source.product.title}` : nothing; }
 */
export class OptionalProduct extends ProductController {
  constructor(host: ShopletElement, getRef: () => string | undefined) {
    super(host, getRef, true);
  }

  /** Whether the element names a product at all. */
  get named(): boolean {
    return Boolean(this.getRef()?.trim());
  }
}
