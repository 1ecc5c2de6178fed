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
    locale: {},
  };

  /** Language of the element's strings; defaults to the client's locale, then the page's `lang`. */
  declare locale: string | undefined;

  #client: Shoplet | undefined;
  #strings: StringOverrides | undefined;

  // `client` and `strings` are objects that frameworks and scripts often set before the tag is
  // defined. Lit would hold such early values back until the first update (so connecting
  // controllers would not see them, and a value set in between would be overwritten); these
  // accessors let the constructor apply them at once instead. (`public` keeps them public in
  // custom-elements.json.)

  /** A client for this element only; wins over the nearest `<shoplet-store>` and the page default. */
  public get client(): Shoplet | undefined {
    return this.#client;
  }
  set client(value: Shoplet | undefined) {
    const old = this.#client;
    this.#client = value;
    this.requestUpdate('client', old);
  }

  /** Per-element string overrides (`{ addToCart: 'Add to bag' }`). */
  public get strings(): StringOverrides | undefined {
    return this.#strings;
  }
  set strings(value: StringOverrides | undefined) {
    const old = this.#strings;
    this.#strings = value;
    this.requestUpdate('strings', old);
  }

  constructor() {
    super();
    upgradeProperties(this, ['client', 'strings']);
  }

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
    if (loading) return loading.then(() => super.scheduleUpdate());
    const result = super.scheduleUpdate();
    // The update may have changed the language (Lit applies a `locale` set before the upgrade
    // during the first update): render again once that language's strings are in.
    loadStrings(this.language)?.then(() => this.requestUpdate());
    return result;
  }

  /** A string in the element's language with `{placeholders}` filled; a plural string is chosen by `values.count`. */
  t(key: StringKey, values?: Record<string, string | number>): string {
    return translate(this.language, key, values, this.strings);
  }
}

/**
 * Applies properties that were set on an element before its class was defined. Until the upgrade
 * such values sit as plain own properties of the element and hide the class's accessors; deleting
 * each and assigning it again sends it through the setter (the "upgrade property" pattern).
 *
 * @example
 * constructor() {
 *   super();
 *   upgradeProperties(this, ['client', 'strings']);
 * }
 */
function upgradeProperties<T extends HTMLElement>(element: T, names: readonly (keyof T & string)[]): void {
  for (const name of names) {
    if (!Object.hasOwn(element, name)) continue;
    const value = element[name];
    delete element[name];
    element[name] = value;
  }
}
