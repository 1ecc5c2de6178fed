import { type Product, type ProductRef, type ProductState, type Shoplet, ShopletError } from '@shoplet/core';
import { DEV_MODE, warnOnce } from '@shoplet/core/internal';
import type { ReactiveController } from 'lit';
import { emit } from '../events/emit.js';
import type { ShopletElement } from './shoplet-element.js';
import { StoreController } from './store-controller.js';

/**
 * Reads a product reference from an attribute value: `gid://…` ids and `id:` prefixed values
 * are ids, anything else is a handle.
 *
 * @example
 * toProductRef('linen-shirt'); // 'linen-shirt'
 * toProductRef('id:42');       // { id: '42' }
 */
export function toProductRef(value: string): ProductRef {
  if (value.startsWith('gid://')) return { id: value };
  if (value.startsWith('id:')) return { id: value.slice(3) };
  return value;
}

/**
 * Loads the product an element names and keeps it current. A missing or unknown product gives
 * one development warning and one `shoplet-error` event, and `state` says `error`. With
 * `optional` set, a missing name is no error and nothing is reported (see `OptionalProduct`).
 *
 * @example
 * readonly #productCtl = new ProductController(this, () => this.product);
 * render() { return this.product.state.status === 'ready' ? html`${this.product.state.product.title}` : nothing; }
 */
export class ProductController implements ReactiveController {
  readonly #store: StoreController<ProductState>;
  #shop: Shoplet | undefined;
  #ref: string | undefined;
  #reported = '';
  #localError: ShopletError | undefined;

  readonly #host: ShopletElement;
  readonly #optional: boolean;

  constructor(
    host: ShopletElement,
    protected readonly getRef: () => string | undefined,
    optional = false,
  ) {
    this.#host = host;
    this.#optional = optional;
    this.#store = new StoreController<ProductState>(host);
    host.addController(this);
  }

  /** `loading` also covers "no client yet" and "no product named". */
  get state(): ProductState {
    if (this.#localError) return { status: 'error', error: this.#localError };
    return this.#store.value ?? { status: 'loading' };
  }

  /** The product once loaded. */
  get product(): Product | undefined {
    const s = this.state;
    return s.status === 'ready' ? s.product : undefined;
  }

  hostConnected(): void {
    this.hostUpdate();
  }

  /** Follows the client and the name (both may change before any update), and reports a failed load. */
  hostUpdate(): void {
    const shop = this.#host.shop;
    const ref = this.getRef()?.trim() || undefined;
    if (shop !== this.#shop || ref !== this.#ref) {
      this.#shop = shop;
      this.#ref = ref;
      this.#localError = undefined;
      try {
        if (!ref && !this.#optional) {
          throw new ShopletError('invalid_input', 'the product attribute is missing; set it to a product handle.', {
            field: 'product',
          });
        }
        this.#store.track(ref ? shop?.products.store(toProductRef(ref)) : undefined);
      } catch (err) {
        this.#store.track(undefined);
        this.#localError = err instanceof ShopletError ? err : new ShopletError('invalid_input', String(err));
      }
    }
    const s = this.state;
    if (s.status === 'error') this.#report(s.error);
  }

  #report(error: ShopletError): void {
    const key = `${this.#ref}|${error.code}`;
    if (this.#optional || this.#reported === key || !this.#host.isConnected) return;
    this.#reported = key;
    const name = this.#ref ?? '';
    if (DEV_MODE) {
      const code =
        error.code === 'not_found'
          ? 'unknown-product'
          : error.code === 'invalid_input'
            ? 'invalid-attribute'
            : 'product-error';
      warnOnce(code, `<${this.#host.localName} product="${name}">: ${error.message}`);
    }
    emit(this.#host, 'shoplet-error', {
      code: error.code,
      message: error.message,
      field: error.field ?? 'product',
      product: name,
    });
  }
}
