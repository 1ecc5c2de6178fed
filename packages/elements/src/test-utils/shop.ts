import { createShoplet, type Product, type Shoplet } from '@shoplet/core';
import { makeProduct, makeVariant, memoryAdapter, memoryStorage, money } from '@shoplet/core/testing';

/**
 * A shirt with Size × Colour where M/Sand is sold out and L/Sand does not exist, on sale.
 *
 * @example
 * const shirt = shirtProduct();
 */
export function shirtProduct(): Product {
  const combos: [string, string, number][] = [
    ['S', 'Sand', 4],
    ['M', 'Sand', 0],
    ['S', 'Navy', 12],
    ['M', 'Navy', 3],
    ['L', 'Navy', 8],
  ];
  return makeProduct({
    handle: 'linen-shirt',
    title: 'Linen shirt',
    descriptionHtml: '<p>Soft <strong>linen</strong>.</p><script>window.__pwned = 1</script>',
    options: [
      { name: 'Size', values: ['S', 'M', 'L'] },
      { name: 'Colour', values: ['Sand', 'Navy'] },
    ],
    images: [
      { url: '/media/shirt-front.jpg', altText: 'Linen shirt, front', width: 640, height: 800 },
      { url: '/media/shirt-back.jpg', altText: null, width: 640, height: 800 },
    ],
    variants: combos.map(([size, colour, qty]) =>
      makeVariant({
        id: `shirt-${size}-${colour}`,
        title: `${size} / ${colour}`,
        selectedOptions: [
          { name: 'Size', value: size },
          { name: 'Colour', value: colour },
        ],
        price: money(4900),
        compareAtPrice: money(5900),
        quantityAvailable: qty,
      }),
    ),
  });
}

/**
 * A memory-backed client with the shirt and a mug, isolated storage, `en-GB`.
 *
 * @example
 * const { shop, adapter } = testShop();
 */
export function testShop(options: { locale?: string; products?: Product[] } = {}) {
  const adapter = memoryAdapter({
    products: options.products ?? [
      shirtProduct(),
      makeProduct({ handle: 'mug', title: 'Stoneware mug', price: money(1800) }),
    ],
  });
  const shop: Shoplet = createShoplet({
    adapter,
    locale: options.locale ?? 'en-GB',
    storage: memoryStorage(),
    syncTabs: false,
  });
  return { shop, adapter };
}
