import { expect } from '@open-wc/testing';
import { customString, loadStrings, setStrings, translate } from './strings.js';

// A copy of the module with no language loaded and no page strings, so a test of what happens
// before loading does not depend on which tests ran first (the test server serves the .ts source).
let copies = 0;
const freshStrings = (): Promise<typeof import('./strings.js')> => import(`./strings.ts?copy=${++copies}`);

describe('translate', () => {
  it('loads a language on first use; strings a page set before that still win', async () => {
    const { loadStrings, setStrings, translate } = await freshStrings();
    expect(translate('ja-JP', 'quantity')).to.equal('Quantity');
    setStrings('de', { retry: 'Nochmal' });
    const loading = loadStrings('de-DE');
    expect(loading).to.be.an.instanceOf(Promise);
    expect(loadStrings('de')).to.equal(loading);
    await Promise.all([loading, loadStrings('ja-JP')]);
    expect(loadStrings('de-AT')).to.equal(undefined);
    expect(loadStrings('pt-BR')).to.equal(undefined);
    expect(translate('de-DE', 'quantity')).to.equal('Menge');
    expect(translate('de-DE', 'retry')).to.equal('Nochmal');
    expect(translate('ja-JP', 'quantity')).to.equal('数量');
  });

  it('picks the language of a regional locale and fills placeholders', async () => {
    await Promise.all([loadStrings('de'), loadStrings('ja')]);
    expect(translate('de-AT', 'lowStock', { count: 3 })).to.equal('Nur noch 3 verfügbar');
    expect(translate('ja-JP', 'addToCart')).to.equal('カートに追加');
    expect(translate('en-GB', 'wasPrice', { price: '£59.00' })).to.equal('Was £59.00');
  });

  it('falls back to English for a language with no table', () => {
    expect(translate('pt-BR', 'quantity')).to.equal('Quantity');
    expect(loadStrings('pt-BR')).to.equal(undefined);
  });

  it('chooses English plurals by count', () => {
    expect(translate('en', 'cartButton', { count: 1 })).to.equal('Cart, 1 item');
    expect(translate('en', 'cartButton', { count: 0 })).to.equal('Cart, 0 items');
    expect(translate('en', 'cartButton', { count: 2 })).to.equal('Cart, 2 items');
  });

  it('chooses every Polish plural category (one, few, many)', async () => {
    await loadStrings('pl-PL');
    const items = (count: number) => translate('pl-PL', 'cartButton', { count });
    expect(items(1)).to.equal('Koszyk, 1 produkt');
    expect(items(2)).to.equal('Koszyk, 2 produkty');
    expect(items(5)).to.equal('Koszyk, 5 produktów');
    expect(items(12)).to.equal('Koszyk, 12 produktów');
    expect(items(22)).to.equal('Koszyk, 22 produkty');
    expect(items(25)).to.equal('Koszyk, 25 produktów');
    expect(translate('pl', 'deliveryExact', { count: 3 })).to.equal('Dostawa w 3 dni robocze');
  });

  it('reads English for a locale named like an object member (__proto__, constructor)', async () => {
    for (const locale of ['__proto__', 'constructor', 'toString', 'hasOwnProperty-x']) {
      expect(loadStrings(locale), locale).to.equal(undefined);
      expect(translate(locale, 'addToCart'), locale).to.equal('Add to cart');
      expect(translate(locale, 'cartButton', { count: 2 }), locale).to.equal('Cart, 2 items');
      expect(customString(locale, 'addToCart'), locale).to.equal(undefined);
    }
  });

  it('formats numbers for the locale', () => {
    expect(translate('en', 'cartButton', { count: 1234 })).to.equal('Cart, 1,234 items');
  });

  it('lets a page override strings per locale and an element override them again', () => {
    setStrings('en-US', { addToCart: 'Add to bag' });
    expect(translate('en-US', 'addToCart')).to.equal('Add to bag');
    expect(translate('en-GB', 'addToCart')).to.equal('Add to cart');
    expect(translate('en-US', 'addToCart', {}, { addToCart: 'Buy' })).to.equal('Buy');
    setStrings('fr', { addToCart: 'Ajouter au panier' });
    expect(translate('fr-FR', 'addToCart')).to.equal('Ajouter au panier');
    expect(translate('fr-FR', 'quantity')).to.equal('Quantity');
  });

  it('takes a plural a page set for its language, chosen by that language', () => {
    setStrings('fr', { cartButton: { one: 'Panier, {count} article', other: 'Panier, {count} articles' } });
    expect(translate('fr-FR', 'cartButton', { count: 0 })).to.equal('Panier, 0 article');
    expect(translate('fr-FR', 'cartButton', { count: 3 })).to.equal('Panier, 3 articles');
  });

  it("tells a page's own wording from the built-in one, without comparing to English", async () => {
    await loadStrings('de');
    expect(customString('de-DE', 'checkout')).to.equal(undefined);
    expect(customString('de-DE', 'deliveryWithin')).to.equal(undefined);
    setStrings('en', { deliveryWithin: 'Order within {duration}' });
    expect(customString('de-DE', 'deliveryWithin'), 'English wording does not reword German').to.equal(undefined);
    expect(customString('en-GB', 'deliveryWithin')).to.equal('Order within {duration}');
    setStrings('de', { deliveryWithin: 'Bestelle in {duration}' });
    expect(customString('de-DE', 'deliveryWithin')).to.equal('Bestelle in {duration}');
    expect(customString('de-DE', 'deliveryArrives', { deliveryArrives: 'Kommt {dates}' })).to.equal('Kommt {dates}');
  });
});
