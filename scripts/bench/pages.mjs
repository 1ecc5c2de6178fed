// The four pages compared: one blog article, plain and made shoppable three ways. The article's
// first screen is text and a hero image; the shoppable parts come after it, as on a real blog.
const PARAGRAPH =
  'Linen is the fabric of long summers: it breathes, it creases honestly and it softens with every wash. ' +
  'We spent a week on the coast with three pieces that earn their place in a small suitcase, and a mug ' +
  'that came home with us. Here is what we wore, where we wore it, and why each one stayed in the bag. ';
const text = (n) => Array.from({ length: n }, () => `<p>${PARAGRAPH}</p>`).join('\n      ');

const STYLE = `<style>
      body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; }
      header { display: flex; justify-content: space-between; align-items: center; padding: 12px 24px; border-bottom: 1px solid #ddd; height: 48px; }
      main { max-width: 680px; margin: 0 auto; padding: 0 16px; }
      img.hero { width: 100%; height: auto; display: block; }
      .cards { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
      shoplet-image:not(:defined), shoplet-video:not(:defined) { display: block; aspect-ratio: var(--shoplet-aspect-ratio, 4 / 5); }
      shoplet-product:not(:defined) { display: block; min-height: var(--shoplet-product-min-height, 22rem); }
      shoplet-cart-button:not(:defined) { display: inline-block; width: 44px; height: 44px; }
    </style>`;

function article({ head = '', cart = '', shoppable = '' }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Three linen pieces for a week on the coast</title>
    ${STYLE}
    ${head}
  </head>
  <body>
    <header><strong>The Coast Journal</strong>${cart}</header>
    <main>
      <h1>Three linen pieces for a week on the coast</h1>
      <img class="hero" src="/assets/cove-canvas-tote.jpg" alt="A tote on the sand" width="1200" height="1500" />
      ${text(6)}
      ${shoppable}
      ${text(4)}
    </main>
  </body>
</html>`;
}

/** path → HTML of the four pages. */
export function benchPages() {
  const shoplet = article({
    head: `<script type="module" src="/embed/shoplet.js" data-adapter="vendure" data-endpoint="/shop-api" data-locale="en-GB" data-country="GB"></script>`,
    cart: '<shoplet-cart-button></shoplet-cart-button>',
    shoppable: `<shoplet-image src="/assets/sandbar-linen-shirt.jpg" alt="The linen shirt on the harbour wall" aspect-ratio="4/5">
        <shoplet-tag product="sandbar-linen-shirt" x="0.42" y="0.38"></shoplet-tag>
        <shoplet-tag product="harbour-stoneware-mug" x="0.7" y="0.72"></shoplet-tag>
      </shoplet-image>
      ${text(2)}
      <div class="cards">
        <shoplet-product product="sandbar-linen-shirt"></shoplet-product>
        <shoplet-product product="harbour-stoneware-mug"></shoplet-product>
      </div>
      ${text(2)}
      <shoplet-video src="/media/clip.mp4" poster="/media/poster.jpg" aspect-ratio="16/9" label="A week on the coast" muted>
        <shoplet-tag product="sandbar-linen-shirt" x="0.4" y="0.4" start="0" end="3"></shoplet-tag>
      </shoplet-video>`,
  });

  const buyButton = article({
    head: '<script src="/peers/buy-button/buybutton.min.js"></script><script src="/bench-buy-button.js" defer></script>',
    cart: '<div id="cart-toggle"></div>',
    shoppable: `<img src="/assets/sandbar-linen-shirt.jpg" alt="The linen shirt on the harbour wall" width="1200" height="1500" style="width:100%;height:auto" />
      ${text(2)}
      <div class="cards"><div id="product-101"></div><div id="product-102"></div></div>
      ${text(2)}`,
  });

  const cloudinary = article({
    head: '<link rel="stylesheet" href="/peers/cloudinary/cld-video-player.min.css" /><script src="/peers/cloudinary/cld-video-player.min.js"></script><script src="/bench-cloudinary.js" defer></script>',
    shoppable: `<img src="/assets/sandbar-linen-shirt.jpg" alt="The linen shirt on the harbour wall" width="1200" height="1500" style="width:100%;height:auto" />
      ${text(2)}
      <video id="player" class="cld-video-player" controls muted width="640" height="360"></video>
      ${text(2)}`,
  });

  return {
    '/baseline.html': article({}),
    '/shoplet.html': shoplet,
    '/buy-button.html': buyButton,
    '/cloudinary.html': cloudinary,
    // The peers' set-up code, as their docs show it, against this server.
    '/bench-buy-button.js': `
const client = ShopifyBuy.buildClient({ domain: location.host, storefrontAccessToken: 'bench-token' });
const ui = ShopifyBuy.UI.init(client);
for (const id of ['101', '102']) {
  ui.createComponent('product', { id, node: document.getElementById('product-' + id), moneyFormat: '£{{amount}}',
    options: { product: { buttonDestination: 'cart' }, cart: { startOpen: false } } });
}`,
    '/bench-cloudinary.js': `
const player = cloudinary.videoPlayer('player', { cloudName: 'demo', secure: true, privateCdn: true, secureDistribution: location.host, analytics: false });
player.source('coast/clip', { shoppable: {
  showProductsButton: true, transformation: { crop: 'pad', aspect_ratio: '1' },
  products: [
    { productId: 1, productName: 'Sandbar Linen Shirt', startTime: 0, endTime: 3, publicId: 'shirt',
      hotspots: [{ time: '00:01', x: '40%', y: '40%', tooltipPosition: 'left', clickUrl: '/p/shirt' }],
      onClick: { action: 'goto', pause: true, args: { url: '/p/shirt' } } },
    { productId: 2, productName: 'Harbour Stoneware Mug', startTime: 3, endTime: 6, publicId: 'mug',
      onClick: { action: 'seek', pause: true, args: { time: '00:04' } } },
  ] } });`,
  };
}
