import '../image/image.js';
import { define } from '../internal/define.js';
import { ShopletPost } from './post.component.js';

export { ShopletPost };

define('shoplet-post', ShopletPost);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-post': ShopletPost;
  }
}
