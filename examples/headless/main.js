// @ts-check
// Headless example: the Vendure demo shop through @shoplet/core, with plain DOM code.
// Start it with `pnpm start` (demo backend on 127.0.0.1:3100 plus this page).
import { vendure } from '@shoplet/adapter-vendure';
import { createShoplet, isShopletError } from '@shoplet/core';

/** @typedef {import('@shoplet/core').Product} Product */
/** @typedef {import('@shoplet/core').Cart} Cart */

/** Hosts `?shopApi=` may point at: a link must not send this page's shoppers to someone else's backend. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * `?shopApi=…` when it names a Shop API on this machine (another local port), else null.
 * @returns {string | null}
 */
function localShopApiFromQuery() {
  const fromQuery = new URLSearchParams(location.search).get('shopApi');
  if (!fromQuery) return null;
  try {
    const url = new URL(fromQuery);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname)) return url.href;
  } catch {
    // Not a URL: refused below.
  }
  console.warn(
    `?shopApi=${fromQuery} ignored: only a Shop API on this machine (127.0.0.1, localhost) may be chosen from the URL.`,
  );
  return null;
}

/**
 * Which Vendure Shop API to use: a local `?shopApi=…` when given, else the demo backend that
 * `pnpm start` announces in /shoplet-config.js (it may run on another port), else the default
 * demo address.
 * @returns {Promise<string>}
 */
async function shopApiUrl() {
  const fromQuery = localShopApiFromQuery();
  if (fromQuery) return fromQuery;
  try {
    const configUrl = '/shoplet-config.js';
    const { shopApi } = await import(configUrl);
    if (typeof shopApi === 'string') return shopApi;
  } catch {
    // Served by another static server: use the default address.
  }
  return 'http://127.0.0.1:3100/shop-api';
}

const SHOP_API = await shopApiUrl();
/** The products this page sells; any slug of the demo catalog works. */
const HANDLES = [
  'sandbar-linen-shirt',
  'fieldwork-chore-jacket',
  'cove-canvas-tote',
  'juniper-face-oil',
  'harbour-stoneware-mug',
  'ember-soy-candle',
];

const shop = createShoplet({ adapter: vendure({ shopApi: SHOP_API }), locale: 'en-GB', country: 'GB' });
const inline = shop.checkout.inline;

/**
 * @template {HTMLElement} T
 * @param {string} selector
 * @returns {T}
 */
function $(selector) {
  const node = document.querySelector(selector);
  if (!node) throw new Error(`missing ${selector}`);
  return /** @type {T} */ (node);
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Partial<HTMLElementTagNameMap[K]>} [props]
 * @param {(Node | string)[]} children
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Shows what went wrong in the alert region; the backend's message is written for shoppers. */
function report(/** @type {unknown} */ error) {
  $('#status').textContent = isShopletError(error) ? error.message : 'Something went wrong. Please try again.';
  if (!isShopletError(error)) console.error(error);
}

function clearStatus() {
  $('#status').textContent = '';
}

/**
 * Runs a step with its control (a button, a form's submit button, an input) disabled, reporting failures.
 * @param {HTMLElement} source
 * @param {() => Promise<void>} run
 */
async function busy(source, run) {
  const button = source instanceof HTMLFormElement ? source.querySelector('button[type="submit"]') : source;
  if (button instanceof HTMLButtonElement || button instanceof HTMLInputElement) button.disabled = true;
  clearStatus();
  try {
    await run();
  } catch (error) {
    report(error);
  } finally {
    if (button instanceof HTMLButtonElement || button instanceof HTMLInputElement) button.disabled = false;
  }
}

// ---- products ----

/** @param {Product} product */
function productCard(product) {
  const first = product.variants.find((v) => v.availableForSale) ?? product.variants[0];
  const price = el('span');
  const was = el('span', { className: 'was' });
  const select = el(
    'select',
    { name: 'variant' },
    ...product.variants.map((v) =>
      el(
        'option',
        { value: v.id, disabled: !v.availableForSale, selected: v === first },
        `${v.title}${v.availableForSale ? '' : ' (sold out)'}`,
      ),
    ),
  );
  const showPrice = () => {
    const variant = product.variants.find((v) => v.id === select.value) ?? first;
    price.textContent = variant ? shop.format(variant.price) : '';
    was.textContent = variant?.compareAtPrice ? shop.format(variant.compareAtPrice) : '';
    was.hidden = !variant?.compareAtPrice;
  };
  select.addEventListener('change', showPrice);
  showPrice();
  const add = el('button', { type: 'button', disabled: !first?.availableForSale }, 'Add to cart');
  add.addEventListener('click', () => busy(add, async () => void (await shop.cart.add(select.value, 1))));
  const image = product.images[0];
  const rating = product.reviews ? `★ ${product.reviews.rating.toFixed(1)} (${product.reviews.count} reviews)` : '';
  return el(
    'li',
    { className: 'card' },
    image
      ? el('img', {
          src: image.url,
          alt: image.altText ?? product.title,
          width: image.width ?? 640,
          height: image.height ?? 800,
          loading: 'lazy',
        })
      : '',
    el('h3', {}, product.title),
    el('p', { className: 'muted' }, [product.tags.join(', '), rating].filter(Boolean).join(' · ')),
    el('p', {}, price, was),
    product.variants.length > 1 ? el('label', {}, `${product.options.map((o) => o.name).join(' / ')}`, select) : '',
    add,
  );
}

async function showProducts() {
  const results = await shop.products.getMany(HANDLES);
  const products = /** @type {Product[]} */ (results.filter((r) => !(r instanceof Error)));
  $('#products').replaceChildren(...products.map(productCard));
  $('#products-status').textContent =
    products.length === HANDLES.length ? '' : `${HANDLES.length - products.length} product(s) could not be loaded.`;
}

// ---- cart ----

/** @param {Cart | null} cart */
function renderCart(cart) {
  const lines = cart?.lines ?? [];
  $('#cart-count').textContent = cart?.totalQuantity ? `(${cart.totalQuantity})` : '';
  $('#cart-empty').hidden = lines.length > 0;
  $('#cart-summary').hidden = lines.length === 0;
  $('#lines').replaceChildren(
    ...lines.map((line) => {
      const quantity = el('input', {
        type: 'number',
        min: '0',
        max: '99',
        value: String(line.quantity),
        name: 'quantity',
      });
      quantity.addEventListener('change', () =>
        busy(quantity, async () => void (await shop.cart.update(line.id, Number(quantity.value)))),
      );
      const remove = el(
        'button',
        { type: 'button', className: 'secondary', ariaLabel: `Remove ${line.productTitle}` },
        'Remove',
      );
      remove.addEventListener('click', () => busy(remove, async () => void (await shop.cart.remove(line.id))));
      return el(
        'li',
        {},
        el('span', {}, el('strong', {}, line.productTitle), line.variantTitle ? ` · ${line.variantTitle}` : ''),
        el('span', {}, shop.format(line.total)),
        el('label', {}, `Quantity of ${line.productTitle}`, quantity),
        remove,
      );
    }),
  );
  if (!cart) return;
  $('#subtotal').textContent = shop.format(cart.subtotal);
  $('#total').textContent = shop.format(cart.total);
  $('#pay-total').textContent = shop.format(cart.total);
  $('#discounts').textContent = cart.discountCodes.length
    ? `Codes: ${cart.discountCodes.map((d) => d.code).join(', ')}`
    : '';
}

shop.$cart.subscribe(renderCart);

$('#discount-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = /** @type {HTMLFormElement} */ (event.currentTarget);
  const code = String(new FormData(form).get('code') ?? '');
  void busy(form, async () => {
    await shop.cart.applyDiscount(code);
    form.reset();
  });
});

// ---- inline checkout ----

$('#checkout').addEventListener('click', (event) =>
  busy(/** @type {HTMLButtonElement} */ (event.currentTarget), async () => {
    const handoff = await shop.checkout.start();
    if (handoff.kind === 'redirect') return location.assign(handoff.url);
    $('#checkout-steps').hidden = false;
    $('#contact-form').querySelector('input')?.focus();
  }),
);

$('#contact-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = /** @type {HTMLFormElement} */ (event.currentTarget);
  const data = Object.fromEntries([...new FormData(form)].map(([key, value]) => [key, String(value).trim()]));
  void busy(form, async () => {
    if (!inline) throw new Error('This shop has no inline checkout.');
    await inline.setContact({ email: data.email ?? '' });
    await inline.setShippingAddress({
      fullName: data.fullName ?? '',
      streetLine1: data.streetLine1 ?? '',
      ...(data.streetLine2 ? { streetLine2: data.streetLine2 } : {}),
      city: data.city ?? '',
      postalCode: data.postalCode ?? '',
      countryCode: data.countryCode ?? 'GB',
    });
    const options = await inline.shippingOptions();
    $('#shipping-options').replaceChildren(
      ...options.map((option, i) =>
        el(
          'label',
          {},
          el('input', { type: 'radio', name: 'shipping', value: option.id, required: true, checked: i === 0 }),
          `${option.name} · ${shop.format(option.price)}${option.description ? ` · ${option.description}` : ''}`,
        ),
      ),
    );
    $('#shipping-form').hidden = false;
    $('#shipping-form').querySelector('input')?.focus();
  });
});

$('#shipping-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = /** @type {HTMLFormElement} */ (event.currentTarget);
  void busy(form, async () => {
    if (!inline) return;
    const cart = await inline.setShippingOption(String(new FormData(form).get('shipping')));
    $('#pay-total').textContent = shop.format(cart.total);
    const methods = await inline.paymentOptions();
    $('#payment-options').replaceChildren(
      ...methods
        .filter((m) => m.kind === 'no-card')
        .map((m, i) =>
          el(
            'label',
            {},
            el('input', { type: 'radio', name: 'payment', value: m.code, required: true, checked: i === 0 }),
            m.name,
          ),
        ),
    );
    $('#payment-form').hidden = false;
    $('#payment-form').querySelector('input')?.focus();
  });
});

$('#payment-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = /** @type {HTMLFormElement} */ (event.currentTarget);
  void busy(form, async () => {
    if (!inline) return;
    const order = await inline.pay(String(new FormData(form).get('payment')), {});
    $('#checkout-steps').hidden = true;
    for (const id of ['#shipping-form', '#payment-form']) $(id).hidden = true;
    const confirmation = $('#confirmation');
    confirmation.replaceChildren(
      el('strong', {}, 'Thank you! Your order is placed.'),
      el('p', {}, 'Order code: ', el('code', { id: 'order-code' }, order.code)),
      el('p', {}, `Paid ${shop.format(order.total)} (${order.state}).`),
    );
    confirmation.hidden = false;
    // Stock changed: show fresh availability.
    await showProducts();
  });
});

showProducts().catch((error) => {
  $('#products-status').textContent = `Could not reach the demo shop at ${SHOP_API}. Is \`pnpm start\` running?`;
  report(error);
});
