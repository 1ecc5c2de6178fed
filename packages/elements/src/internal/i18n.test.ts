import { expect } from '@open-wc/testing';
import { addBuiltInStrings, loadStrings, setStrings, translate } from './i18n.js';

describe('translate', () => {
  it('loads German and Japanese on first use; strings a page set before that still win', async () => {
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

  it('falls back to English for an unknown language', () => {
    expect(translate('pt-BR', 'quantity')).to.equal('Quantity');
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

  it('keeps what a page set when an element module registers its built-in strings later', () => {
    setStrings('en', { cartTitle: 'Your bag' });
    addBuiltInStrings('en', { cartTitle: 'Cart', cartEmpty: 'Your cart is empty' });
    expect(translate('en', 'cartTitle')).to.equal('Your bag');
    expect(translate('en', 'cartEmpty')).to.equal('Your cart is empty');
    setStrings('en', { cartEmpty: 'Nothing here yet' });
    expect(translate('en', 'cartEmpty')).to.equal('Nothing here yet');
  });
});
