import { type CartButtonStrings, cartButtonStrings } from '../cart-button/cart-button.strings.js';
import { addBuiltInStrings } from '../internal/i18n.js';

export { pluralKey } from '../cart-button/cart-button.strings.js';

/**
 * The strings of `<shoplet-cart>`, `<shoplet-cart-button>` and `<shoplet-checkout>`. They join
 * {@link ShopletStrings} through declaration merging, so `setStrings()` and an element's `strings`
 * property override them like any other.
 *
 * @example
 * setStrings('en', { cartTitle: 'Your bag', checkout: 'Go to checkout' });
 */
export interface CartStrings extends CartButtonStrings {
  cartTitle: string;
  cartEmpty: string;
  cartLoading: string;
  cartLoadError: string;
  continueShopping: string;
  lineOptions: string;
  unitPrice: string;
  decrease: string;
  increase: string;
  quantityOf: string;
  remove: string;
  removeLine: string;
  removed: string;
  undo: string;
  undoRemove: string;
  rollbackAdd: string;
  rollbackUpdate: string;
  rollbackRemove: string;
  rollbackRestore: string;
  rollbackOther: string;
  discountCode: string;
  applyDiscount: string;
  applying: string;
  removeDiscount: string;
  discountNotApplicable: string;
  appliedCodes: string;
  subtotal: string;
  discount: string;
  total: string;
  shipping: string;
  checkout: string;
  backToCart: string;
  secureCheckout: string;
  handoffTitle: string;
  handoffText: string;
  continueToPay: string;
  redirecting: string;
}

declare module '../internal/i18n.js' {
  // Optional here so the base tables stay complete on their own; the tables below are checked in full.
  interface ShopletStrings extends Partial<CartStrings> {}
}

/** The cart's own keys; German and Japanese cart-button wording comes with those languages' base strings. */
type CartOnlyStrings = Omit<CartStrings, keyof CartButtonStrings>;

const en: CartStrings = {
  ...cartButtonStrings.en,
  cartTitle: 'Your cart',
  cartEmpty: 'Your cart is empty.',
  cartLoading: 'Loading your cart…',
  cartLoadError: 'Your cart could not be loaded: {message}',
  continueShopping: 'Continue shopping',
  lineOptions: 'Options',
  unitPrice: '{price} each',
  decrease: 'Decrease quantity of {title}',
  increase: 'Increase quantity of {title}',
  quantityOf: 'Quantity of {title}',
  remove: 'Remove',
  removeLine: 'Remove {title}',
  removed: 'Removed {title}',
  undo: 'Undo',
  undoRemove: 'Undo: add {title} back',
  rollbackAdd: 'Could not add the item, so your cart was restored. {message}',
  rollbackUpdate: 'Could not change the quantity, so your cart was restored. {message}',
  rollbackRemove: 'Could not remove the item, so your cart was restored. {message}',
  rollbackRestore: 'An item from your last visit could not be added back. {message}',
  rollbackOther: 'Your cart could not be changed. {message}',
  discountCode: 'Discount code',
  applyDiscount: 'Apply',
  applying: 'Applying…',
  removeDiscount: 'Remove discount {code}',
  discountNotApplicable: 'not applicable',
  appliedCodes: 'Discount codes',
  subtotal: 'Subtotal',
  discount: 'Discount',
  total: 'Total',
  shipping: 'Shipping',
  checkout: 'Checkout',
  backToCart: 'Back to cart',
  secureCheckout: 'Secure checkout by {provider} · Shoplet never sees card details',
  handoffTitle: 'Checkout',
  handoffText: "You will pay on {provider}'s secure checkout. Shoplet never sees your card details.",
  continueToPay: 'Continue to {provider}',
  redirecting: 'Taking you to {provider}…',
};

const de: CartOnlyStrings = {
  cartTitle: 'Dein Warenkorb',
  cartEmpty: 'Dein Warenkorb ist leer.',
  cartLoading: 'Warenkorb wird geladen…',
  cartLoadError: 'Der Warenkorb konnte nicht geladen werden: {message}',
  continueShopping: 'Weiter einkaufen',
  lineOptions: 'Optionen',
  unitPrice: 'je {price}',
  decrease: 'Menge von {title} verringern',
  increase: 'Menge von {title} erhöhen',
  quantityOf: 'Menge von {title}',
  remove: 'Entfernen',
  removeLine: '{title} entfernen',
  removed: '{title} entfernt',
  undo: 'Rückgängig',
  undoRemove: 'Rückgängig: {title} wieder hinzufügen',
  rollbackAdd: 'Der Artikel konnte nicht hinzugefügt werden; der Warenkorb wurde wiederhergestellt. {message}',
  rollbackUpdate: 'Die Menge konnte nicht geändert werden; der Warenkorb wurde wiederhergestellt. {message}',
  rollbackRemove: 'Der Artikel konnte nicht entfernt werden; der Warenkorb wurde wiederhergestellt. {message}',
  rollbackRestore: 'Ein Artikel deines letzten Besuchs konnte nicht wieder hinzugefügt werden. {message}',
  rollbackOther: 'Der Warenkorb konnte nicht geändert werden. {message}',
  discountCode: 'Rabattcode',
  applyDiscount: 'Einlösen',
  applying: 'Wird eingelöst…',
  removeDiscount: 'Rabattcode {code} entfernen',
  discountNotApplicable: 'nicht anwendbar',
  appliedCodes: 'Rabattcodes',
  subtotal: 'Zwischensumme',
  discount: 'Rabatt',
  total: 'Gesamt',
  shipping: 'Versand',
  checkout: 'Zur Kasse',
  backToCart: 'Zurück zum Warenkorb',
  secureCheckout: 'Sichere Kasse von {provider} · Shoplet sieht nie Kartendaten',
  handoffTitle: 'Kasse',
  handoffText: 'Du bezahlst in der sicheren Kasse von {provider}. Shoplet sieht deine Kartendaten nie.',
  continueToPay: 'Weiter zu {provider}',
  redirecting: 'Weiter zu {provider}…',
};

const ja: CartOnlyStrings = {
  cartTitle: 'カート',
  cartEmpty: 'カートは空です。',
  cartLoading: 'カートを読み込み中…',
  cartLoadError: 'カートを読み込めませんでした: {message}',
  continueShopping: '買い物を続ける',
  lineOptions: 'オプション',
  unitPrice: '単価 {price}',
  decrease: '{title}の数量を減らす',
  increase: '{title}の数量を増やす',
  quantityOf: '{title}の数量',
  remove: '削除',
  removeLine: '{title}を削除',
  removed: '{title}を削除しました',
  undo: '元に戻す',
  undoRemove: '元に戻す: {title}を再追加',
  rollbackAdd: '商品を追加できなかったため、カートを元に戻しました。{message}',
  rollbackUpdate: '数量を変更できなかったため、カートを元に戻しました。{message}',
  rollbackRemove: '商品を削除できなかったため、カートを元に戻しました。{message}',
  rollbackRestore: '前回の商品の一部をカートに戻せませんでした。{message}',
  rollbackOther: 'カートを変更できませんでした。{message}',
  discountCode: '割引コード',
  applyDiscount: '適用',
  applying: '適用中…',
  removeDiscount: '割引コード {code} を削除',
  discountNotApplicable: '対象外',
  appliedCodes: '割引コード',
  subtotal: '小計',
  discount: '割引',
  total: '合計',
  shipping: '送料',
  checkout: 'レジに進む',
  backToCart: 'カートに戻る',
  secureCheckout: '{provider}の安全な決済 · Shopletはカード情報を扱いません',
  handoffTitle: 'お支払い',
  handoffText: 'お支払いは{provider}の安全な決済ページで行います。Shopletがカード情報を見ることはありません。',
  continueToPay: '{provider}へ進む',
  redirecting: '{provider}へ移動中…',
};

/**
 * The cart's built-in strings by language, registered on import beneath any the page set. The
 * German and Japanese tables hold the cart's own keys; their cart-button keys load with those
 * languages' base strings.
 *
 * @example
 * setStrings('en', { cartTitle: 'Your bag' });
 */
export const cartStrings: { en: CartStrings; de: CartOnlyStrings; ja: CartOnlyStrings } = { en, de, ja };
for (const [lang, table] of Object.entries(cartStrings)) addBuiltInStrings(lang, table);
// Shared with the product sheet; only these two elements use it.
addBuiltInStrings('en', { close: 'Close' });
