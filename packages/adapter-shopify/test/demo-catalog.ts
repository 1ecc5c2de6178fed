// A small demo catalog for the fake Storefront API, shared by the example page's offline mode.
import { makeSfProduct, makeSfVariant, type ProductFixture, reviewMetafields } from './fixtures.js';

const gbp = (amount: string) => ({ amount, currencyCode: 'GBP' as const });
const eur = (amount: string) => ({ amount, currencyCode: 'EUR' as const });

/** Products with local images under `mediaBase` (no remote downloads). */
export function demoCatalog(mediaBase: string): ProductFixture[] {
  const image = (name: string, altText: string) => ({
    url: `${mediaBase}${name}.jpg`,
    altText,
    width: 800,
    height: 1000,
  });
  const size = (value: string, price: string, euro: string, stock: number) =>
    makeSfVariant({
      title: value,
      selectedOptions: [{ name: 'Size', value }],
      price: gbp(price),
      compareAtPrice: null,
      quantityAvailable: stock,
      availableForSale: stock > 0,
      marketPrices: { DE: eur(euro), FR: eur(euro) },
    });
  return [
    makeSfProduct({
      handle: 'sandbar-linen-shirt',
      title: 'Sandbar linen shirt',
      description: 'A loose, breathable shirt in washed European linen.',
      descriptionHtml: '<p>A loose, breathable shirt in <strong>washed European linen</strong>.</p>',
      images: {
        nodes: [
          image('sandbar-linen-shirt', 'Sandbar linen shirt, front'),
          image('sandbar-linen-shirt-2', 'Sandbar linen shirt, detail'),
        ],
      },
      options: [{ name: 'Size', optionValues: [{ name: 'S' }, { name: 'M' }, { name: 'L' }] }],
      variants: {
        nodes: [size('S', '59.00', '69.95', 4), size('M', '59.00', '69.95', 12), size('L', '59.00', '69.95', 0)],
      },
      metafields: reviewMetafields('4.7', '86'),
    }),
    makeSfProduct({
      handle: 'cove-canvas-tote',
      title: 'Cove canvas tote',
      description: 'Heavy cotton canvas with a long strap.',
      descriptionHtml: '<p>Heavy cotton canvas with a long strap.</p>',
      images: { nodes: [image('cove-canvas-tote', 'Cove canvas tote')] },
      options: [{ name: 'Title', optionValues: [{ name: 'Default Title' }] }],
      variants: {
        nodes: [
          makeSfVariant({
            title: 'Default Title',
            selectedOptions: [{ name: 'Title', value: 'Default Title' }],
            price: gbp('24.50'),
            compareAtPrice: gbp('32.00'),
            quantityAvailable: 40,
            marketPrices: { DE: eur('28.90'), FR: eur('28.90') },
          }),
        ],
      },
    }),
    makeSfProduct({
      handle: 'harbour-stoneware-mug',
      title: 'Harbour stoneware mug',
      description: 'Hand-glazed stoneware, 350 ml.',
      descriptionHtml: '<p>Hand-glazed stoneware, 350&nbsp;ml.</p>',
      images: { nodes: [image('harbour-stoneware-mug', 'Harbour stoneware mug')] },
      options: [{ name: 'Title', optionValues: [{ name: 'Default Title' }] }],
      variants: {
        nodes: [
          makeSfVariant({
            title: 'Default Title',
            selectedOptions: [{ name: 'Title', value: 'Default Title' }],
            price: gbp('18.00'),
            quantityAvailable: 3,
            marketPrices: { DE: eur('21.00'), FR: eur('21.00') },
          }),
        ],
      },
      metafields: reviewMetafields('4.9', '212'),
    }),
  ];
}
