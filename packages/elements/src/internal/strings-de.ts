import type { CartButtonStrings } from '../cart-button/cart-button.strings.js';
import type { VideoStringKey } from '../video/video.strings.js';
import type { ShopletStrings } from './i18n.js';

/**
 * The elements' built-in German strings, loaded by {@link loadStrings} when an element's
 * locale is German.
 *
 * @example
 * const de = (await import('./strings-de.js')).default;
 */
export default {
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
  cartButtonOne: 'Warenkorb, {count} Artikel',
  cartButtonOther: 'Warenkorb, {count} Artikel',
  cartUpdatedOne: 'Warenkorb aktualisiert: {count} Artikel',
  cartUpdatedOther: 'Warenkorb aktualisiert: {count} Artikel',
  share: 'Teilen',
  videoPlay: 'Abspielen',
  videoPause: 'Pausieren',
  videoMute: 'Stummschalten',
  videoUnmute: 'Ton an',
  videoCaptions: 'Untertitel',
  videoSeek: 'Spulen',
  videoTime: '{current} von {duration}',
  videoPip: 'Bild im Bild',
  videoProducts: 'Produkte in diesem Video',
  videoJumpTo: 'Zu {title} bei {time} springen',
  videoOnScreen: 'Gerade im Bild',
  videoTagAppeared: 'Jetzt im Bild: {label}',
  videoMiniClose: 'Miniplayer schließen',
  videoMiniBack: 'Zurück zum Video',
  videoError: 'Dieses Video kann nicht abgespielt werden.',
  feedLabel: 'Shoppable Videos',
  feedItem: '{index} von {count}',
  feedNext: 'Nächster Beitrag',
  feedPrevious: 'Vorheriger Beitrag',
} satisfies ShopletStrings & CartButtonStrings & Required<Pick<ShopletStrings, VideoStringKey>>;
