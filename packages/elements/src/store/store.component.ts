import { createShoplet, type Product, type Shoplet, toShopletError } from '@shoplet/core';
import { warnOnce } from '@shoplet/core/internal';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { atom } from 'nanostores';
import { emit } from '../events/emit.js';
import type { StoreContext } from '../internal/context.js';
import { createAdapter, type StoreConfig } from './adapters.js';

/**
 * @tagname shoplet-store
 * @summary Configures a shop for the elements inside it: set the backend with attributes, or hand
 * it a ready client. Two stores on one page stay independent (own products, own cart).
 *
 * @slot - The elements that use this store.
 *
 * @event shoplet-error - The configuration is invalid or the adapter could not load.
 *
 * @example
 * <shoplet-store adapter="vendure" endpoint="https://shop.example/shop-api" locale="en-GB">
 *   <shoplet-product product="linen-shirt"></shoplet-product>
 * </shoplet-store>
 */
export class ShopletStore extends LitElement implements StoreContext {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    adapter: {},
    endpoint: {},
    domain: {},
    token: {},
    locale: {},
    country: {},
    currency: {},
    client: { attribute: false },
    products: { attribute: false },
  };

  /** Backend: `vendure`, `shopify` or `memory` (the in-memory demo store). */
  declare adapter: string | undefined;
  /** Vendure Shop API URL. */
  declare endpoint: string | undefined;
  /** Shopify shop domain (`brand.myshopify.com`). */
  declare domain: string | undefined;
  /** Public (Storefront or channel) token. Never an admin token. */
  declare token: string | undefined;
  /** BCP 47 locale for prices and strings (`en-GB`). */
  declare locale: string | undefined;
  /** Market country (`GB`). */
  declare country: string | undefined;
  /** Preferred currency (`GBP`). */
  declare currency: string | undefined;
  /** A ready client; when set, the attributes above are ignored. */
  declare client: Shoplet | undefined;
  /** Products for `adapter="memory"`. */
  declare products: Product[] | undefined;

  /**
   * The client the elements inside use: `null` while it is being created, so they wait instead
   * of using the page default.
   */
  readonly $client = atom<Shoplet | null>(null);

  /** The client this store created from its attributes (destroyed when replaced). */
  #owned: Shoplet | undefined;
  #generation = 0;

  /** Resolves with the client once it exists (at once when `client` was given). */
  get ready(): Promise<Shoplet | null> {
    return this.#readyPromise;
  }
  #readyPromise: Promise<Shoplet | null> = Promise.resolve(null);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = [
      'adapter',
      'endpoint',
      'domain',
      'token',
      'locale',
      'country',
      'currency',
      'client',
      'products',
    ] as const;
    if (!keys.some((k) => changed.has(k))) return;
    if (this.client) {
      this.#replace(this.client, false);
      this.#readyPromise = Promise.resolve(this.client);
      return;
    }
    this.#readyPromise = this.#build();
  }

  #replace(next: Shoplet | null, owned: boolean): void {
    if (this.#owned && this.#owned !== next) this.#owned.destroy();
    this.#owned = owned && next ? next : undefined;
    this.$client.set(next);
  }

  async #build(): Promise<Shoplet | null> {
    const generation = ++this.#generation;
    this.#replace(null, false);
    const config: StoreConfig = {
      adapter: this.adapter,
      endpoint: this.endpoint,
      domain: this.domain,
      token: this.token,
      products: this.products,
    };
    try {
      const adapter = await createAdapter(config);
      if (generation !== this.#generation) return null;
      const shop = createShoplet({
        adapter,
        ...(this.locale ? { locale: this.locale } : {}),
        ...(this.country ? { country: this.country } : {}),
        ...(this.currency ? { currency: this.currency } : {}),
        // Two stores on one page keep separate carts.
        storageKey: `shoplet:${config.adapter}:${config.endpoint ?? config.domain ?? 'memory'}:`,
      });
      this.#replace(shop, true);
      return shop;
    } catch (err) {
      if (generation !== this.#generation) return null;
      const error = toShopletError(err, 'invalid_config');
      warnOnce('invalid-store', `<shoplet-store>: ${error.message}`);
      emit(this, 'shoplet-error', { code: error.code, message: error.message, field: error.field ?? 'adapter' });
      return null;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
