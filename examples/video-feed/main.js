// Video feed example: defines the Shoplet elements for the page. A module file rather than an
// inline script, so the page keeps working under a strict Content-Security-Policy.
//
// `pnpm start` serves /shoplet-config.js with the demo shop's Shop API URL; the store follows it,
// so the page still works when the backend runs on another port. Served by any other static
// server, the page keeps the endpoint written in index.html.

const store = document.querySelector('shoplet-store');
try {
  const { shopApi } = await import('/shoplet-config.js');
  if (store && typeof shopApi === 'string') store.setAttribute('endpoint', shopApi);
} catch {
  // Not served by the demo dev server: keep the endpoint attribute as written.
}
await import('@shoplet/elements/define');

// The position under the phone follows the feed.
const feed = document.querySelector('shoplet-feed');
const status = document.querySelector('#position');
feed?.addEventListener('shoplet-feed-change', (e) => {
  if (status) status.textContent = `${e.detail.index + 1} / ${e.detail.count}`;
});
