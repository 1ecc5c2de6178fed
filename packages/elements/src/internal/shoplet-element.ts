import type { Shoplet } from '@shoplet/core';
import { DEV_MODE, warnOnce } from '@shoplet/core/internal';
import { LitElement, type PropertyDeclarations } from 'lit';
import { loadStrings, translate } from '../i18n/strings.js';
import type { StringKey, StringOverrides } from '../i18n/types.js';
import { closestStore, isStore } from './context.js';
import { $defaultClient } from './default-client.js';
import { StoreController } from './store-controller.js';

// Private members, in every element and controller: `#name` for internal state and helpers (the
// browser enforces it, and terser shortens the names in the minified build). Two exceptions need a
// real property name: internal reactive state that Lit tracks (`state: true` in `static
// properties`, declared `declare private view`), and `protected` members a subclass reads.

/**
 * The base of every Shoplet element: finds the client (explicit `client` property, else the
 * nearest `<shoplet-store>`, else the page default) and translates strings.
 *
 * @example
 * class MyBadge extends ShopletElement {
 *   render() { return html`${this.t('loading')}`; }
 * }
 */
export class ShopletElement extends LitElement {
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    strings: { attribute: false },
    locale: {},
  };

  /** A client for this element only; wins over the nearest `<shoplet-store>` and the page default. */
  declare client: Shoplet | undefined;

  /** Per-element string overrides (`{ addToCart: 'Add to bag' }`). */
  declare strings: StringOverrides | undefined;

  /** Language of the element's strings; defaults to the client's locale, then the page's `lang`. */
  declare locale: string | undefined;

  // The nearest store's client while inside a `<shoplet-store>` (none while it is not upgraded),
  // else the page default; followed from the first connection on.
  readonly #clientCtl = new StoreController<Shoplet | null | undefined>(this);

  /** `null` inside a store that is still starting, `undefined` outside any store. */
  protected get storeClient(): Shoplet | null | undefined {
    return closestStore(this) ? (this.#clientCtl.value ?? null) : undefined;
  }

  /** Follows the nearest `<shoplet-store>`; a store not upgraded yet counts as starting. */
  #findStore(): void {
    const store = closestStore(this);
    const ready = store && isStore(store);
    this.#clientCtl.track(ready ? store.$client : store ? undefined : $defaultClient);
    if (store && !ready) {
      customElements.whenDefined('shoplet-store').then(() => this.isConnected && this.#findStore());
    }
    this.requestUpdate();
  }

  /**
   * The client this element talks to, or `undefined` while none is configured yet (or, without a
   * `client` of its own, before the element is first on the page).
   */
  get shop(): Shoplet | undefined {
    return this.client ?? this.#clientCtl.value ?? undefined;
  }

  override connectedCallback(): void {
    // First, so the controllers connecting next already see this element's client.
    this.#findStore();
    super.connectedCallback();
    if (!DEV_MODE) return;
    // A client may be set after the elements upgrade; only complain once the page has loaded.
    const check = () => {
      if (this.isConnected && !this.shop && this.storeClient === undefined) {
        warnOnce(
          'no-client',
          `<${this.localName}> has no shop: wrap it in <shoplet-store> or call setDefaultClient(createShoplet(…)).`,
        );
      }
    };
    if (document.readyState === 'complete') setTimeout(check, 0);
    else addEventListener('load', () => setTimeout(check, 0), { once: true });
  }

  /** The element's language: its `locale`, else the client's, else the page's `lang`. */
  protected get language(): string | undefined {
    return (this.locale ?? this.shop?.locale ?? document.documentElement.lang) || undefined;
  }

  /** Renders once the built-in strings of the element's language are loaded. */
  // biome-ignore lint/suspicious/noConfusingVoidType: the signature of Lit's scheduleUpdate.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = loadStrings(this.language);
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** A string in the element's language with `{placeholders}` filled; a plural string is chosen by `values.count`. */
  t(key: StringKey, values?: Record<string, string | number>): string {
    return translate(this.language, key, values, this.strings);
  }
}
