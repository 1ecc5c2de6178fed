// Headless Shopify example: list products, add to cart, show the cart and the checkout URL.
// Runs against config.js's shop, or offline against the mock shop when no shop is configured.
import { shopify } from '@shoplet/adapter-shopify';
import { createShoplet } from '@shoplet/core';
import config from './config.js';

const $ = (selector) => document.querySelector(selector);
/** Shopify names the only variant of a product without options "Default Title". */
const variantLabel = (title) => (title === 'Default Title' ? '' : title);
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

async function connect() {
  if (config.domain && config.token) {
    return { domain: config.domain, token: config.token, handles: config.products, mode: `shop ${config.domain}` };
  }
  // No shop configured: start the fake Storefront API in a service worker (same fake the tests use).
  const { startMockShop, MOCK_SHOP } = await import('../../packages/adapter-shopify/test/browser-mock-shop.ts');
  await startMockShop({
    workerUrl: new URL('./mockServiceWorker.js', import.meta.url).pathname,
    mediaBase: new URL('../media/products/', import.meta.url).href,
  });
  const handles = config.products.length
    ? config.products
    : ['sandbar-linen-shirt', 'cove-canvas-tote', 'harbour-stoneware-mug'];
  return { ...MOCK_SHOP, handles, mode: 'mock shop (offline, msw)' };
}

const target = await connect();
$('#mode').textContent = target.mode;

const shop = createShoplet({
  adapter: shopify({ domain: target.domain, token: target.token }),
  locale: config.locale,
  country: config.country,
});

function renderProducts(products) {
  const list = $('#products');
  list.replaceChildren();
  for (const result of products) {
    if (result instanceof Error) {
      list.append(el('li', { className: 'error' }, `${result.code}: ${result.message}`));
      continue;
    }
    const select = el(
      'select',
      { name: 'variant', ariaLabel: `${result.title} option` },
      ...result.variants.map((v) =>
        el(
          'option',
          { value: v.id, disabled: !v.availableForSale },
          `${variantLabel(v.title) || 'One size'} · ${shop.format(v.price)}${v.availableForSale ? '' : ' (sold out)'}`,
        ),
      ),
    );
    const add = el('button', { type: 'button' }, 'Add to cart');
    add.addEventListener('click', () => {
      shop.cart.add(select.value, 1).catch((err) => showError(err));
    });
    const image = result.images[0];
    list.append(
      el(
        'li',
        {},
        image ? el('img', { src: image.url, alt: image.altText ?? result.title, width: 160, height: 200 }) : '',
        el('h3', {}, result.title),
        result.reviews
          ? el('p', {}, `★ ${result.reviews.rating} / ${result.reviews.scale} (${result.reviews.count})`)
          : '',
        select,
        add,
      ),
    );
  }
}

function showError(err) {
  $('#error').textContent = err ? `${err.code ?? 'error'}: ${err.message}` : '';
}

async function loadProducts() {
  renderProducts(await shop.products.getMany(target.handles));
}

shop.$cart.subscribe((cart) => {
  $('#cart-json').textContent = JSON.stringify(cart, null, 2);
  $('#count').textContent = String(cart?.totalQuantity ?? 0);
  $('#total').textContent = cart ? shop.format(cart.total) : '—';
  const lines = $('#lines');
  lines.replaceChildren();
  for (const line of cart?.lines ?? []) {
    const minus = el('button', { type: 'button', ariaLabel: `One less ${line.productTitle}` }, '−');
    const plus = el('button', { type: 'button', ariaLabel: `One more ${line.productTitle}` }, '+');
    minus.addEventListener('click', () => shop.cart.update(line.id, line.quantity - 1).catch(showError));
    plus.addEventListener('click', () => shop.cart.update(line.id, line.quantity + 1).catch(showError));
    lines.append(
      el(
        'li',
        {},
        `${line.quantity} × ${line.productTitle} ${variantLabel(line.variantTitle)} `,
        minus,
        plus,
        ` ${shop.format(line.total)}`,
      ),
    );
  }
});
shop.$cartError.subscribe((err) => showError(err));

$('#country').append(...config.countries.map((c) => el('option', { value: c, selected: c === config.country }, c)));
$('#country').addEventListener('change', async (event) => {
  await shop.setCountry(event.target.value).catch(showError);
  await loadProducts();
});

$('#checkout').addEventListener('click', async () => {
  try {
    const handoff = await shop.checkout.start();
    // A real page would `location.assign(handoff.url)`; the example shows where it would go.
    $('#checkout-url').replaceChildren(
      handoff.kind === 'redirect' ? el('a', { href: handoff.url }, handoff.url) : handoff.kind,
    );
  } catch (err) {
    showError(err);
  }
});

await shop.cart.ready;
await loadProducts();
