import { addBuiltInStrings } from '../internal/i18n.js';

/**
 * The strings of the inline checkout steps in `<shoplet-checkout>`. They join `ShopletStrings`
 * through declaration merging; override them with `setStrings()` or the element's `strings`.
 *
 * @example
 * setStrings('en', { placeOrder: 'Buy now · {total}' });
 */
export interface CheckoutStrings {
  stepOf: string;
  back: string;
  next: string;
  required: string;
  invalidEmail: string;
  contactTitle: string;
  email: string;
  emailHint: string;
  addressTitle: string;
  fullName: string;
  streetLine1: string;
  streetLine2: string;
  city: string;
  postalCode: string;
  country: string;
  phone: string;
  optional: string;
  shippingTitle: string;
  shippingLoading: string;
  noShipping: string;
  deliveryWindow: string;
  deliveryExact: string;
  deliveryOneDay: string;
  chooseShipping: string;
  paymentTitle: string;
  paymentLoading: string;
  noPayment: string;
  choosePayment: string;
  paymentNoCard: string;
  paymentHosted: string;
  placeOrder: string;
  placingOrder: string;
  working: string;
  doneTitle: string;
  doneText: string;
  orderCode: string;
  free: string;
  startFailed: string;
  stepFailed: string;
}

declare module '../internal/i18n.js' {
  interface ShopletStrings extends Partial<CheckoutStrings> {}
}

const en: CheckoutStrings = {
  stepOf: 'Step {index} of {count}',
  back: 'Back',
  next: 'Continue',
  required: 'Fill in {field}.',
  invalidEmail: 'Enter an email address like name@example.com.',
  contactTitle: 'Contact',
  email: 'Email',
  emailHint: 'We send the order confirmation here.',
  addressTitle: 'Shipping address',
  fullName: 'Full name',
  streetLine1: 'Address',
  streetLine2: 'Apartment, suite, etc.',
  city: 'City',
  postalCode: 'Postcode',
  country: 'Country',
  phone: 'Phone',
  optional: '(optional)',
  shippingTitle: 'Shipping method',
  shippingLoading: 'Loading shipping methods…',
  noShipping: 'No shipping method delivers to this address.',
  deliveryWindow: 'Arrives in {min}–{max} working days',
  deliveryExact: 'Arrives in {min} working days',
  deliveryOneDay: 'Arrives in 1 working day',
  chooseShipping: 'Choose a shipping method.',
  paymentTitle: 'Payment',
  paymentLoading: 'Loading payment methods…',
  noPayment: 'No payment method is available for this order.',
  choosePayment: 'Choose a payment method.',
  paymentNoCard: 'No card details needed.',
  paymentHosted: "You will confirm the payment on the provider's secure page.",
  placeOrder: 'Place order · {total}',
  placingOrder: 'Placing your order…',
  working: 'Saving…',
  doneTitle: 'Thank you for your order',
  doneText: 'A confirmation is on its way to {email}.',
  orderCode: 'Order {code}',
  free: 'Free',
  startFailed: 'Checkout could not start: {message}',
  stepFailed: 'That did not work: {message}',
};

const de: CheckoutStrings = {
  stepOf: 'Schritt {index} von {count}',
  back: 'Zurück',
  next: 'Weiter',
  required: 'Bitte {field} ausfüllen.',
  invalidEmail: 'Gib eine E-Mail-Adresse wie name@beispiel.de ein.',
  contactTitle: 'Kontakt',
  email: 'E-Mail',
  emailHint: 'Hierhin schicken wir die Bestellbestätigung.',
  addressTitle: 'Lieferadresse',
  fullName: 'Vollständiger Name',
  streetLine1: 'Straße und Hausnummer',
  streetLine2: 'Adresszusatz',
  city: 'Ort',
  postalCode: 'Postleitzahl',
  country: 'Land',
  phone: 'Telefon',
  optional: '(optional)',
  shippingTitle: 'Versandart',
  shippingLoading: 'Versandarten werden geladen…',
  noShipping: 'Keine Versandart liefert an diese Adresse.',
  deliveryWindow: 'Lieferung in {min}–{max} Werktagen',
  deliveryExact: 'Lieferung in {min} Werktagen',
  deliveryOneDay: 'Lieferung in 1 Werktag',
  chooseShipping: 'Wähle eine Versandart.',
  paymentTitle: 'Zahlung',
  paymentLoading: 'Zahlungsarten werden geladen…',
  noPayment: 'Für diese Bestellung ist keine Zahlungsart verfügbar.',
  choosePayment: 'Wähle eine Zahlungsart.',
  paymentNoCard: 'Keine Kartendaten nötig.',
  paymentHosted: 'Du bestätigst die Zahlung auf der sicheren Seite des Anbieters.',
  placeOrder: 'Bestellen · {total}',
  placingOrder: 'Bestellung wird aufgegeben…',
  working: 'Wird gespeichert…',
  doneTitle: 'Danke für deine Bestellung',
  doneText: 'Eine Bestätigung ist unterwegs an {email}.',
  orderCode: 'Bestellung {code}',
  free: 'Kostenlos',
  startFailed: 'Die Kasse konnte nicht starten: {message}',
  stepFailed: 'Das hat nicht geklappt: {message}',
};

const ja: CheckoutStrings = {
  stepOf: 'ステップ {index}/{count}',
  back: '戻る',
  next: '次へ',
  required: '{field}を入力してください。',
  invalidEmail: 'name@example.com の形式でメールアドレスを入力してください。',
  contactTitle: '連絡先',
  email: 'メールアドレス',
  emailHint: 'ご注文の確認メールをお送りします。',
  addressTitle: 'お届け先',
  fullName: '氏名',
  streetLine1: '住所',
  streetLine2: '建物名・部屋番号',
  city: '市区町村',
  postalCode: '郵便番号',
  country: '国',
  phone: '電話番号',
  optional: '（任意）',
  shippingTitle: '配送方法',
  shippingLoading: '配送方法を読み込み中…',
  noShipping: 'この住所に配送できる方法がありません。',
  deliveryWindow: '{min}〜{max}営業日でお届け',
  deliveryExact: '{min}営業日でお届け',
  deliveryOneDay: '1営業日でお届け',
  chooseShipping: '配送方法を選択してください。',
  paymentTitle: 'お支払い',
  paymentLoading: 'お支払い方法を読み込み中…',
  noPayment: 'このご注文に使えるお支払い方法がありません。',
  choosePayment: 'お支払い方法を選択してください。',
  paymentNoCard: 'カード情報は不要です。',
  paymentHosted: 'お支払いは決済事業者の安全なページで確定します。',
  placeOrder: '注文を確定 · {total}',
  placingOrder: 'ご注文を処理中…',
  working: '保存中…',
  doneTitle: 'ご注文ありがとうございます',
  doneText: '確認メールを {email} にお送りしました。',
  orderCode: '注文番号 {code}',
  free: '無料',
  startFailed: 'お支払いを開始できませんでした: {message}',
  stepFailed: '処理できませんでした: {message}',
};

/**
 * The checkout's built-in strings by language, registered on import beneath any the page set.
 *
 * @example
 * setStrings('de', { placeOrder: 'Jetzt kaufen · {total}' });
 */
export const checkoutStrings: Record<'en' | 'de' | 'ja', CheckoutStrings> = { en, de, ja };
for (const [lang, table] of Object.entries(checkoutStrings)) addBuiltInStrings(lang, table);
