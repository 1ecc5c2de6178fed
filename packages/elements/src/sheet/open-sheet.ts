import type { Shoplet } from '@shoplet/core';
import { lazy } from '@shoplet/core/internal';
import { closestStore } from '../internal/context.js';
import type { ShopletSheet } from './sheet.component.js';

const sheets = new WeakMap<Shoplet, ShopletSheet>();
// The sheet's code loads with the first product opened in it.
const sheetCode = lazy(() => import('./sheet.js'));

/**
 * Opens the product detail sheet for a product. One sheet per client is reused (appended to
 * `<body>` on first use, its code loaded on demand); focus returns to `opener` when it closes.
 *
 * @example
 * button.addEventListener('click', () => openSheet('linen-shirt', { client: shop, opener: button }));
 */
export async function openSheet(
  product: string,
  options: { client: Shoplet; opener?: HTMLElement | null },
): Promise<ShopletSheet> {
  await sheetCode.load();
  let sheet = sheets.get(options.client);
  if (!sheet?.isConnected) {
    sheet = document.createElement('shoplet-sheet');
    sheet.client = options.client;
    sheet.product = product;
    document.body.append(sheet);
    sheets.set(options.client, sheet);
  }
  sheet.product = product;
  // The page's choice of description images travels with the store the opener sits in.
  const store = options.opener ? closestStore(options.opener) : null;
  const images = store?.getAttribute('description-images');
  if (images) sheet.descriptionImages = images;
  await sheet.show(options.opener ?? null);
  return sheet;
}
