import type { CartButtonStrings } from '../cart-button/cart-button.strings.js';
import type { VideoStringKey } from '../video/video.strings.js';
import type { ShopletStrings } from './i18n.js';

/**
 * The elements' built-in Japanese strings, loaded by {@link loadStrings} when an element's
 * locale is Japanese.
 *
 * @example
 * const ja = (await import('./strings-ja.js')).default;
 */
export default {
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
  cartButtonOne: 'カート、{count}点',
  cartButtonOther: 'カート、{count}点',
  cartUpdatedOne: 'カートを更新しました: {count}点',
  cartUpdatedOther: 'カートを更新しました: {count}点',
  share: '共有',
  videoPlay: '再生',
  videoPause: '一時停止',
  videoMute: 'ミュート',
  videoUnmute: 'ミュート解除',
  videoCaptions: '字幕',
  videoSeek: 'シーク',
  videoTime: '{current} / {duration}',
  videoPip: 'ピクチャー・イン・ピクチャー',
  videoProducts: 'この動画の商品',
  videoJumpTo: '{time} の {title} へ移動',
  videoOnScreen: '表示中',
  videoTagAppeared: '表示中: {label}',
  videoMiniClose: 'ミニプレーヤーを閉じる',
  videoMiniBack: '動画に戻る',
  videoError: 'この動画を再生できません。',
  feedLabel: 'ショッピング動画',
  feedItem: '{index} / {count}',
  feedNext: '次の投稿',
  feedPrevious: '前の投稿',
} satisfies ShopletStrings & CartButtonStrings & Required<Pick<ShopletStrings, VideoStringKey>>;
