// Point the example at a real shop: the shop domain and a Storefront API public access token
// (see docs/shopify.md, "Creating a Storefront access token"). Leave `domain` empty to run offline
// against the mock shop (msw in the browser) with its demo catalog.
export default {
  /** Bare host, no protocol: 'your-shop.myshopify.com' or your custom domain. */
  domain: '',
  /** Storefront API PUBLIC access token. Never an Admin token (shpat_…): Shoplet refuses those. */
  token: '',
  /** Product handles to list. Empty: the mock shop's demo products. */
  products: [],
  locale: 'en-GB',
  country: 'GB',
  /** Markets offered in the country picker (the shop must sell to them in Shopify Markets). */
  countries: ['GB', 'DE', 'FR'],
};
