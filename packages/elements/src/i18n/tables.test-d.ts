// Compile-time checks of the string tables: `pnpm --filter @shoplet/elements typecheck` fails if
// an expected error stops happening.
import { en } from './en.js';
import type { PluralString, ShopletStrings, StringOverrides } from './types.js';

const { addToCart: _dropped, ...withoutAddToCart } = en;

// @ts-expect-error a language table that misses a key does not compile
export const incomplete: ShopletStrings = withoutAddToCart;

// @ts-expect-error a plural in English is a plural in every language
export const flattened: ShopletStrings = { ...en, cartButton: 'Cart' };

// @ts-expect-error `other` is required in a plural
export const noOther: PluralString = { one: '{count} item' };

export const polishPlural: PluralString = { one: 'produkt', few: 'produkty', many: 'produktów', other: 'produktu' };

// @ts-expect-error a page cannot set a key no element reads
export const unknownKey: StringOverrides = { addToBasket: 'Add' };
