/**
 * Every user-visible string of the elements. `{name}` placeholders are filled by {@link translate}.
 * Other element modules add their keys through declaration merging on this interface.
 *
 * @example
 * setStrings('en', { addToCart: 'Add to bag' });
 */
export interface ShopletStrings {
  addToCart: string;
  adding: string;
  added: string;
  addFailed: string;
  retry: string;
  soldOut: string;
  unavailable: string;
  inStock: string;
  lowStock: string;
  quantity: string;
  details: string;
  chooseOptions: string;
  close: string;
  loading: string;
  productUnavailable: string;
  wasPrice: string;
  salePrice: string;
  tagLabel: string;
  taggedProducts: string;
  imageOf: string;
  showImage: string;
  by: string;
  postError: string;
  noClient: string;
}

/**
 * A partial set of strings for one locale, as passed to {@link setStrings} or an element's `strings`.
 *
 * @example
 * const de: StringOverrides = { addToCart: 'In die Tasche' };
 */
export type StringOverrides = Partial<ShopletStrings>;

const en: ShopletStrings = {
  addToCart: 'Add to cart',
  adding: 'Adding…',
  added: 'Added to cart',
  addFailed: 'Could not add to cart: {message}',
  retry: 'Try again',
  soldOut: 'Sold out',
  unavailable: 'Unavailable',
  inStock: 'In stock',
  lowStock: 'Only {count} left',
  quantity: 'Quantity',
  details: 'Details',
  chooseOptions: 'Choose options',
  close: 'Close',
  loading: 'Loading…',
  productUnavailable: 'This product is not available.',
  wasPrice: 'Was {price}',
  salePrice: 'Now {price}',
  tagLabel: '{title}, {price}',
  taggedProducts: 'Products in this image',
  imageOf: 'Image {index} of {count}',
  showImage: 'Show image {index}',
  by: 'By {name}',
  postError: 'This post could not be shown.',
  noClient: 'Shop not configured.',
};

const de: ShopletStrings = {
  addToCart: 'In den Warenkorb',
  adding: 'Wird hinzugefügt…',
  added: 'Im Warenkorb',
  addFailed: 'Konnte nicht hinzugefügt werden: {message}',
  retry: 'Erneut versuchen',
  soldOut: 'Ausverkauft',
  unavailable: 'Nicht erhältlich',
  inStock: 'Auf Lager',
  lowStock: 'Nur noch {count} verfügbar',
  quantity: 'Menge',
  details: 'Details',
  chooseOptions: 'Optionen wählen',
  close: 'Schließen',
  loading: 'Wird geladen…',
  productUnavailable: 'Dieses Produkt ist nicht verfügbar.',
  wasPrice: 'Statt {price}',
  salePrice: 'Jetzt {price}',
  tagLabel: '{title}, {price}',
  taggedProducts: 'Produkte in diesem Bild',
  imageOf: 'Bild {index} von {count}',
  showImage: 'Bild {index} anzeigen',
  by: 'Von {name}',
  postError: 'Dieser Beitrag kann nicht angezeigt werden.',
  noClient: 'Shop nicht konfiguriert.',
};

const ja: ShopletStrings = {
  addToCart: 'カートに追加',
  adding: '追加中…',
  added: 'カートに追加しました',
  addFailed: 'カートに追加できませんでした: {message}',
  retry: '再試行',
  soldOut: '売り切れ',
  unavailable: '取り扱いなし',
  inStock: '在庫あり',
  lowStock: '残り{count}点',
  quantity: '数量',
  details: '詳細',
  chooseOptions: 'オプションを選択',
  close: '閉じる',
  loading: '読み込み中…',
  productUnavailable: 'この商品は現在ご利用いただけません。',
  wasPrice: '通常価格 {price}',
  salePrice: 'セール価格 {price}',
  tagLabel: '{title}、{price}',
  taggedProducts: 'この画像の商品',
  imageOf: '画像 {index}/{count}',
  showImage: '画像 {index} を表示',
  by: '{name} さん',
  postError: 'この投稿を表示できません。',
  noClient: 'ショップが設定されていません。',
};

const tables = new Map<string, Partial<ShopletStrings>>([
  ['en', en],
  ['de', de],
  ['ja', ja],
]);

/**
 * Adds or overrides strings for a locale (`'de'`, or a regional `'de-AT'` that falls back to
 * `'de'`, then to English). Other element modules register their own keys the same way.
 *
 * @example
 * setStrings('en', { addToCart: 'Add to bag' });
 * setStrings('fr', { addToCart: 'Ajouter au panier' });
 */
export function setStrings(locale: string, strings: StringOverrides): void {
  const key = locale.toLowerCase();
  tables.set(key, { ...tables.get(key), ...strings });
}

/**
 * Looks a string up for a locale (exact, then language, then English) with per-element
 * overrides first, and fills `{placeholders}`.
 *
 * @example
 * translate('de-DE', 'lowStock', { count: 3 }); // 'Nur noch 3 verfügbar'
 */
export function translate(
  locale: string | undefined,
  key: keyof ShopletStrings,
  values: Record<string, string | number> = {},
  overrides?: StringOverrides,
): string {
  const full = (locale ?? 'en').toLowerCase();
  const lang = full.split('-')[0] ?? 'en';
  const template =
    overrides?.[key] ?? tables.get(full)?.[key] ?? tables.get(lang)?.[key] ?? tables.get('en')?.[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}
