export { ASSETS_ROUTE, LocalFolderAssetStorage, OriginalAsPreview, serveAssets } from './asset-storage.js';
export { type DemoProduct, type DemoVariant, demoCatalog } from './catalog.js';
export { catalogToCsv } from './catalog-csv.js';
export { demoCustomFields } from './custom-fields.js';
export { demoPaymentHandler } from './demo-payment.js';
export { demoInitialData, demoShippingMethods, demoTaxRates } from './initial-data.js';
export { finishSeeding, WELCOME_COUPON } from './post-seed.js';
export { type DemoBackend, type DemoBackendOptions, PRODUCT_IMAGES_DIR, startDemoBackend } from './server.js';
export { SqljsFileInitializer } from './sqljs-file.js';
