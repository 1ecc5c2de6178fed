/**
 * One sellable variant of a {@link DemoProduct}. Prices are in major units (dollars).
 *
 * @example
 * ```ts
 * const variant: DemoVariant = { sku: 'FCJ-M', options: ['M'], price: 145, stockOnHand: 0 };
 * ```
 */
export interface DemoVariant {
  sku: string;
  /** Option values in the order of the product's `optionGroups`. */
  options: string[];
  price: number;
  stockOnHand: number;
  /** Compare-at ("was") price in minor units; present only on sale items. */
  compareAtPrice?: number;
}

/**
 * One product of the demo catalog, as it is imported into Vendure.
 *
 * @example
 * ```ts
 * const mug = demoCatalog.find((p: DemoProduct) => p.slug === 'harbour-stoneware-mug');
 * ```
 */
export interface DemoProduct {
  name: string;
  slug: string;
  category: 'Apparel' | 'Beauty' | 'Home';
  /** Several HTML paragraphs. */
  description: string;
  /** File names under `examples/media/products/`. */
  images: string[];
  optionGroups: string[];
  variants: DemoVariant[];
  review?: { rating: number; count: number };
}

const p = (...paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join('');

/**
 * The demo catalog: 14 products in three categories (Apparel, Beauty, Home). The Fieldwork
 * Chore Jacket in size M is out of stock, the Sandbar Linen Shirt is on sale, and four products
 * carry a review summary.
 *
 * @example
 * ```ts
 * const outOfStock = demoCatalog.flatMap((p) => p.variants).filter((v) => v.stockOnHand === 0);
 * ```
 */
export const demoCatalog: DemoProduct[] = [
  {
    name: 'Sandbar Linen Shirt',
    slug: 'sandbar-linen-shirt',
    category: 'Apparel',
    description: p(
      'A relaxed camp-collar shirt cut from washed European linen that softens with every wear. The fabric breathes on warm days and layers easily when the evening turns cool.',
      'Corozo buttons, a single chest pocket and a straight hem that looks right tucked or loose. Garment-dyed in small batches, so each shirt has a slightly different depth of colour.',
      'Machine wash cold, hang to dry. Relaxed fit: if you are between sizes, take the smaller one.',
    ),
    images: ['sandbar-linen-shirt.jpg', 'sandbar-linen-shirt-2.jpg'],
    optionGroups: ['Size', 'Colour'],
    variants: ['S', 'M', 'L', 'XL'].flatMap((size) =>
      ['Sand', 'Sage'].map((colour) => ({
        sku: `SLS-${size}-${colour.toUpperCase()}`,
        options: [size, colour],
        price: 59,
        stockOnHand: size === 'XL' ? 3 : 18,
        compareAtPrice: 7900,
      })),
    ),
    review: { rating: 4.6, count: 128 },
  },
  {
    name: 'Tidewater Cotton Tee',
    slug: 'tidewater-cotton-tee',
    category: 'Apparel',
    description: p(
      'Our everyday T-shirt in heavyweight organic cotton jersey, knitted on slow loopwheel machines for a dense, smooth hand that keeps its shape.',
      'A slightly boxy body, a rib collar that lies flat after a hundred washes, and sleeves that hit just above the elbow.',
      'Made in Portugal. Pre-shrunk, so it fits the same after the first wash as on the first day.',
    ),
    images: ['tidewater-cotton-tee.jpg'],
    optionGroups: ['Size', 'Colour'],
    variants: ['S', 'M', 'L'].flatMap((size) =>
      ['White', 'Navy'].map((colour) => ({
        sku: `TCT-${size}-${colour.toUpperCase()}`,
        options: [size, colour],
        price: 32,
        stockOnHand: 40,
      })),
    ),
  },
  {
    name: 'Fieldwork Chore Jacket',
    slug: 'fieldwork-chore-jacket',
    category: 'Apparel',
    description: p(
      'A workwear classic in 12 oz cotton canvas: three patch pockets, a corduroy collar and a boxy cut that leaves room for a knit underneath.',
      'The canvas starts crisp and breaks in to a soft, lived-in drape. Triple-stitched seams and bar-tacked pocket corners keep it going for years.',
      'Size M is sold out for this run; S and L are still available.',
    ),
    images: ['fieldwork-chore-jacket.jpg'],
    optionGroups: ['Size'],
    variants: [
      { sku: 'FCJ-S', options: ['S'], price: 145, stockOnHand: 6 },
      { sku: 'FCJ-M', options: ['M'], price: 145, stockOnHand: 0 },
      { sku: 'FCJ-L', options: ['L'], price: 145, stockOnHand: 4 },
    ],
    review: { rating: 4.5, count: 57 },
  },
  {
    name: 'Harbour Knit Beanie',
    slug: 'harbour-knit-beanie',
    category: 'Apparel',
    description: p(
      'A fisherman-style beanie knitted from soft lambswool with a deep turn-up that keeps your ears warm on a windy quay.',
      'One size fits most. Hand wash cool and dry flat.',
    ),
    images: ['harbour-knit-beanie.jpg'],
    optionGroups: ['Colour'],
    variants: ['Rust', 'Charcoal'].map((colour) => ({
      sku: `HKB-${colour.toUpperCase()}`,
      options: [colour],
      price: 28,
      stockOnHand: 25,
    })),
  },
  {
    name: 'Cove Canvas Tote',
    slug: 'cove-canvas-tote',
    category: 'Apparel',
    description: p(
      'A roomy tote in waxed cotton canvas with leather handles long enough to wear on the shoulder.',
      'An inside zip pocket keeps keys and cards where you can find them. The wax finish shrugs off drizzle and darkens gently with use.',
    ),
    images: ['cove-canvas-tote.jpg'],
    optionGroups: [],
    variants: [{ sku: 'CCT-1', options: [], price: 48, stockOnHand: 30 }],
  },
  {
    name: 'Juniper Face Oil',
    slug: 'juniper-face-oil',
    category: 'Beauty',
    description: p(
      'A lightweight blend of cold-pressed jojoba, squalane and juniper berry oil that sinks in quickly and leaves skin soft, never greasy.',
      'Press three or four drops between your palms and into clean skin, morning or night. It works on its own or under moisturiser.',
      'Fragrance-free apart from the oils themselves. Bottled in violet glass to protect the oils from light.',
    ),
    images: ['juniper-face-oil.jpg', 'juniper-face-oil-2.jpg'],
    optionGroups: ['Size'],
    variants: [
      { sku: 'JFO-15', options: ['15 ml'], price: 26, stockOnHand: 50 },
      { sku: 'JFO-30', options: ['30 ml'], price: 42, stockOnHand: 35 },
    ],
    review: { rating: 4.8, count: 342 },
  },
  {
    name: 'Saltmarsh Hand Cream',
    slug: 'saltmarsh-hand-cream',
    category: 'Beauty',
    description: p(
      'A rich, quick-absorbing hand cream with shea butter and sea buckthorn, made for hands that spend their days outside.',
      'A fresh scent of samphire and sea salt. The recyclable aluminium tube fits in a coat pocket.',
    ),
    images: ['saltmarsh-hand-cream.jpg'],
    optionGroups: [],
    variants: [{ sku: 'SHC-75', options: [], price: 18, stockOnHand: 60 }],
  },
  {
    name: 'Rosehip Night Balm',
    slug: 'rosehip-night-balm',
    category: 'Beauty',
    description: p(
      'A melting overnight balm of rosehip seed oil, calendula and beeswax for dry or tired skin.',
      'Warm a pea-sized amount between your fingertips and press it onto skin as the last step of your evening routine.',
      'Only eight ingredients, all listed on the jar.',
    ),
    images: ['rosehip-night-balm.jpg'],
    optionGroups: [],
    variants: [{ sku: 'RNB-50', options: [], price: 34, stockOnHand: 22 }],
  },
  {
    name: 'Meadow Tinted Lip Balm',
    slug: 'meadow-tinted-lip-balm',
    category: 'Beauty',
    description: p(
      'A nourishing lip balm with a sheer wash of colour, made with castor oil and candelilla wax.',
      'Clear is for everyday; Poppy adds a soft, natural red.',
    ),
    images: ['meadow-tinted-lip-balm.jpg'],
    optionGroups: ['Colour'],
    variants: ['Clear', 'Poppy'].map((colour) => ({
      sku: `MLB-${colour.toUpperCase()}`,
      options: [colour],
      price: 12,
      stockOnHand: 80,
    })),
  },
  {
    name: 'Harbour Stoneware Mug',
    slug: 'harbour-stoneware-mug',
    category: 'Home',
    description: p(
      'A generous 350 ml mug thrown in stoneware and finished with a speckled glaze that pools darker at the rim.',
      'The wide handle fits three fingers, and the unglazed foot shows the clay underneath. Dishwasher and microwave safe.',
      'Each mug is made by hand, so sizes and glaze vary slightly from one to the next.',
    ),
    images: ['harbour-stoneware-mug.jpg', 'harbour-stoneware-mug-2.jpg'],
    optionGroups: ['Colour'],
    variants: ['Oat', 'Slate'].map((colour) => ({
      sku: `HSM-${colour.toUpperCase()}`,
      options: [colour],
      price: 24,
      stockOnHand: 45,
    })),
    review: { rating: 4.7, count: 89 },
  },
  {
    name: 'Driftwood Serving Board',
    slug: 'driftwood-serving-board',
    category: 'Home',
    description: p(
      'A long serving board cut from a single piece of oiled oak, with a carved handle and a gentle lip that keeps crumbs on the board.',
      'Big enough for a loaf and a spread of cheese. Wipe clean and re-oil now and then.',
    ),
    images: ['driftwood-serving-board.jpg'],
    optionGroups: [],
    variants: [{ sku: 'DSB-1', options: [], price: 65, stockOnHand: 12 }],
  },
  {
    name: 'Linen Tea Towel Set',
    slug: 'linen-tea-towel-set',
    category: 'Home',
    description: p(
      'Three stonewashed linen tea towels that dry glasses without lint and get softer every time they go through the wash.',
      'Each towel has a hanging loop and measures 50 × 70 cm.',
    ),
    images: ['linen-tea-towel-set.jpg'],
    optionGroups: ['Colour'],
    variants: ['Natural', 'Indigo Stripe'].map((colour) => ({
      sku: `LTT-${colour.replace(' ', '-').toUpperCase()}`,
      options: [colour],
      price: 30,
      stockOnHand: 20,
    })),
  },
  {
    name: 'Ember Soy Candle',
    slug: 'ember-soy-candle',
    category: 'Home',
    description: p(
      'A slow-burning candle of soy wax poured into a reusable amber glass, scented with cedar, smoked tea and a little black pepper.',
      'Trim the cotton wick to 5 mm before each burn. The small candle burns for about 30 hours, the large for about 60.',
    ),
    images: ['ember-soy-candle.jpg'],
    optionGroups: ['Size'],
    variants: [
      { sku: 'ESC-200', options: ['200 g'], price: 22, stockOnHand: 40 },
      { sku: 'ESC-400', options: ['400 g'], price: 36, stockOnHand: 15 },
    ],
  },
  {
    name: 'Pebble Ceramic Vase',
    slug: 'pebble-ceramic-vase',
    category: 'Home',
    description: p(
      'A small, round vase with a matte glaze, shaped to look like a beach pebble. Made for a few stems from the garden.',
      'Watertight, 14 cm tall. Hand wash only.',
    ),
    images: ['pebble-ceramic-vase.jpg'],
    optionGroups: [],
    variants: [{ sku: 'PCV-1', options: [], price: 38, stockOnHand: 9 }],
  },
];
