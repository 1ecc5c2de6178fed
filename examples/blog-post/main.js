// Blog post example: defines the Shoplet elements for the page. A module file rather than an
// inline script, so the page keeps working under a strict Content-Security-Policy.
//
// `pnpm start` serves /shoplet-config.js with the demo shop's Shop API URL; the store follows it,
// so the page still works when the backend runs on another port (`--backend-port`, the tests).
// Served by any other static server, the page keeps the endpoint written in index.html.

const store = document.querySelector('shoplet-store');
try {
  const { shopApi } = await import('/shoplet-config.js');
  if (store && typeof shopApi === 'string') store.setAttribute('endpoint', shopApi);
} catch {
  // Not served by the demo dev server: keep the endpoint attribute as written.
}
// Defined after the endpoint is settled, so the store never talks to a backend that is not there.
await import('@shoplet/elements/define');
