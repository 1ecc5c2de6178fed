import { type InitialData, LanguageCode } from '@vendure/core';

/**
 * Shipping methods of the demo shop. The delivery window is in each method's description (shown
 * to shoppers) and, as numbers, in the ShippingMethod custom fields `minDays`/`maxDays`.
 *
 * @example
 * ```ts
 * demoShippingMethods.find((m) => m.code === 'express')?.description; // 'Next work day'
 * ```
 */
export const demoShippingMethods = [
  { code: 'standard', name: 'Standard delivery', price: 495, minDays: 2, maxDays: 4, description: '2–4 work days' },
  { code: 'express', name: 'Express delivery', price: 1295, minDays: 1, maxDays: 1, description: 'Next work day' },
] as const;

/**
 * Tax rate per zone (percent) for the "Standard Tax" category, applied after seeding.
 *
 * @example
 * ```ts
 * demoTaxRates.Asia; // 10
 * ```
 */
export const demoTaxRates: Record<string, number> = { Europe: 20, Americas: 0, Asia: 10 };

const category = (name: string) => ({
  name,
  slug: name.toLowerCase(),
  filters: [{ code: 'facet-value-filter' as const, args: { facetValueNames: [name], containsAny: false } }],
});

/**
 * Countries, zones, tax, shipping, payment and collections of the demo shop, in the shape
 * `server.init({ initialData })` expects.
 *
 * @example
 * ```ts
 * await server.init({ initialData: demoInitialData, productsCsvPath });
 * ```
 */
export const demoInitialData: InitialData = {
  defaultLanguage: LanguageCode.en,
  defaultZone: 'Europe',
  taxRates: [{ name: 'Standard Tax', percentage: 20 }],
  shippingMethods: demoShippingMethods.map(({ name, price }) => ({ name, price })),
  paymentMethods: [
    { name: 'Demo payment — test mode, no card needed', handler: { code: 'demo-payment', arguments: [] } },
  ],
  countries: [
    { name: 'United Kingdom', code: 'GB', zone: 'Europe' },
    { name: 'Germany', code: 'DE', zone: 'Europe' },
    { name: 'France', code: 'FR', zone: 'Europe' },
    { name: 'United States of America', code: 'US', zone: 'Americas' },
    { name: 'Japan', code: 'JP', zone: 'Asia' },
  ],
  collections: [category('Apparel'), category('Beauty'), category('Home')],
};
