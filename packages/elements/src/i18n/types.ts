import type { en } from './en.js';

/**
 * A plural category as `Intl.PluralRules` names it. English uses `one` and `other`; Polish also
 * `few` and `many`; Arabic all six.
 *
 * @example
 * const category: PluralCategory = new Intl.PluralRules('pl').select(5); // 'many'
 */
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * A string whose wording depends on `{count}`: one wording per plural category the language
 * needs, `other` for every category left out.
 *
 * @example
 * const items: PluralString = { one: '{count} produkt', few: '{count} produkty', many: '{count} produktów', other: '{count} produktu' };
 */
export type PluralString = { [C in PluralCategory]?: string } & { other: string };

/** What a string table may hold; `en` is checked against it. */
export type StringTable = Record<string, string | PluralString>;

/**
 * Every user-visible string of the elements, keyed as in the English table. A language's table
 * must give every key (a missing one is a compile error), with a {@link PluralString} wherever
 * English has one.
 *
 * @example
 * const de: ShopletStrings = { addToCart: 'In den Warenkorb', … };
 */
export type ShopletStrings = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : PluralString };

/**
 * Strings with no built-in table: the core words the delivery promise in every language it knows,
 * and a page may reword a piece of it with these.
 *
 * @example
 * setStrings('en', { deliveryWithin: 'Order in the next {duration} for {dates}' });
 */
export interface DeliveryStrings {
  /** Delivery promise while today's cut-off applies; `{duration}` and `{dates}` are filled. */
  deliveryWithin: string;
  /** Delivery promise after the cut-off. */
  deliveryArrives: string;
  /** Between the earliest and the latest arrival date. */
  deliveryRange: string;
  /** Hours of the countdown (`'{hours} h'`). */
  deliveryHours: string;
  /** Minutes of the countdown (`'{minutes} min'`). */
  deliveryMinutes: string;
  /** Between hours and minutes (`2 h 13 min`). */
  deliveryDurationJoin: string;
}

/**
 * The key of any string a page can set.
 *
 * @example
 * const key: StringKey = 'cartButton';
 */
export type StringKey = keyof ShopletStrings | keyof DeliveryStrings;

/**
 * Some strings for one locale, as passed to `setStrings()` or an element's `strings` property.
 *
 * @example
 * const overrides: StringOverrides = { addToCart: 'Add to bag', cartButton: { one: 'Bag ({count})', other: 'Bag ({count})' } };
 */
export type StringOverrides = Partial<ShopletStrings & DeliveryStrings>;
