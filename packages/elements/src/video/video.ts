import { define } from '../internal/define.js';
import '../tag/tag.js';
import { ShopletVideo } from './video.component.js';

export { ShopletVideo };

define('shoplet-video', ShopletVideo);

declare global {
  interface HTMLElementTagNameMap {
    'shoplet-video': ShopletVideo;
  }
}
