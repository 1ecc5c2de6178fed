import { addBuiltInStrings, type loadStrings, type ShopletStrings } from '../internal/i18n.js';

/**
 * The strings of `<shoplet-cart-button>`: its label and the count announcement, each in a
 * singular and a plural form. Kept apart from the cart drawer's strings so a page with only the
 * button loads only these. They join {@link ShopletStrings} through declaration merging.
 *
 * @example
 * setStrings('en', { cartButtonOne: 'Bag, {count} item', cartButtonOther: 'Bag, {count} items' });
 */
export interface CartButtonStrings {
  cartButtonOne: string;
  cartButtonOther: string;
  cartUpdatedOne: string;
  cartUpdatedOther: string;
}

declare module '../internal/i18n.js' {
  // Optional here so the base tables stay complete on their own; the tables below are checked in full.
  interface ShopletStrings extends Partial<CartButtonStrings> {}
}

/**
 * The cart button's built-in English strings, registered on import beneath any the page set.
 * German and Japanese wording ships with those languages' base strings (`strings-de.ts`,
 * `strings-ja.ts`), which {@link loadStrings} loads only for pages in those languages.
 *
 * @example
 * cartButtonStrings.en.cartButtonOther; // 'Cart, {count} items'
 */
export const cartButtonStrings: Record<'en', CartButtonStrings> = {
  en: {
    cartButtonOne: 'Cart, {count} item',
    cartButtonOther: 'Cart, {count} items',
    cartUpdatedOne: 'Cart updated: {count} item',
    cartUpdatedOther: 'Cart updated: {count} items',
  },
};
addBuiltInStrings('en', cartButtonStrings.en);

/** The string keys whose wording depends on a count. */
export type PluralBase = 'cartButton' | 'cartUpdated';

/**
 * Picks the `…One` or `…Other` string for `count` by the locale's plural rules.
 *
 * @example
 * pluralKey('en', 'cartButton', 1); // 'cartButtonOne'
 */
export function pluralKey(locale: string | undefined, base: PluralBase, count: number): keyof ShopletStrings {
  // English rules unless the locale's can be read (an invalid locale tag throws).
  let rule = count === 1 ? 'one' : 'other';
  try {
    rule = new Intl.PluralRules(locale || 'en').select(count);
  } catch {}
  return `${base}${rule === 'one' ? 'One' : 'Other'}`;
}
