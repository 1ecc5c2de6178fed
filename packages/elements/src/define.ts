// Defines every Shoplet element. Import once: `import '@shoplet/elements/define';`
import './store/store.js';
import './product/product.js';
import './sheet/sheet.js';
import './tag/tag.js';
import './image/image.js';
import './post/post.js';
import './delivery/delivery.js';
import './trust/trust.js';
import './share/share.js';
import './video/video.js';
import './feed/feed.js';
import './cart/cart.js';
import './cart-button/cart-button.js';
import './checkout/checkout.js';
