// Generated from docs/shoppable-post.schema.json by scripts/post-types.mjs: edit the schema, then run `node scripts/post-types.mjs`.

/**
 * A Shoppable Post document: an image or video with product tags and its creator, embedded with
 * `<shoplet-post src>`. Coordinates are normalized: 0–1 from the top-left of the media. Unknown
 * fields are ignored.
 *
 * @example
 * const example: ShoppablePost = {
 *   version: 1,
 *   id: 'summer-look',
 *   media: { type: 'image', src: '/media/look.jpg', alt: 'Summer look', aspectRatio: '4/5' },
 *   tags: [{ product: 'linen-shirt', x: 0.32, y: 0.4 }],
 *   creator: { name: 'Ana', ref: 'ana', url: 'https://ana.example' },
 * };
 */
export interface ShoppablePost {
  /** Format version. */
  version: 1;
  /** Stable id of the post (used in analytics and share links). */
  id: string;
  title?: string;
  media: PostMedia;
  tags: Tag[];
  creator?: PostCreator;
}

/**
 * The media of a Shoppable Post.
 *
 * @example
 * const example: PostMedia = {
 *   type: 'video',
 *   src: '/media/clip.m3u8',
 *   poster: '/media/clip.jpg',
 *   aspectRatio: '9/16',
 * };
 */
export interface PostMedia {
  type: 'image' | 'video';
  /** Image URL, or video URL (MP4, WebM, or HLS .m3u8). */
  src: string;
  /** Alternative text of the image (or a description of the video). */
  alt?: string;
  /** Video only: image shown before playback. */
  poster?: string;
  /** Shape reserved before load, e.g. "4/5" or "9/16". */
  aspectRatio?: string;
  /** Video only: WebVTT caption tracks. */
  captions?: PostCaptions[];
}

/**
 * A WebVTT caption track of a video post.
 *
 * @example
 * const example: PostCaptions = { src: '/media/clip.en.vtt', lang: 'en', label: 'English' };
 */
export interface PostCaptions {
  src: string;
  /** BCP 47 language tag. */
  lang: string;
  label: string;
}

/**
 * A product tag placed on an image or a video. Coordinates are normalized (0–1) from the top-left.
 *
 * @example
 * const example: Tag = { product: 'linen-shirt', x: 0.32, y: 0.4, start: 3.5, end: 9 };
 */
export interface Tag {
  /** Product handle (Shopify) or slug (Vendure). */
  product: string;
  x: number;
  y: number;
  /** Shown instead of the product title. */
  label?: string;
  /** Video only: second the tag appears. */
  start?: number;
  /** Video only: second the tag disappears (after start). */
  end?: number;
  /** Video only: keyframes [seconds, x, y] for a hotspot that follows the product; seconds strictly increasing. */
  track?: [number, number, number][];
}

/**
 * Who made a Shoppable Post.
 *
 * @example
 * const example: PostCreator = { name: 'Ana', ref: 'ana', url: 'https://ana.example' };
 */
export interface PostCreator {
  name: string;
  /** Attribution reference stored with the cart. */
  ref?: string;
  /** The creator's page, linked from their name. */
  url?: string;
}
