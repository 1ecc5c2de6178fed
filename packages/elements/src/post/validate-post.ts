import type { ShoppablePost } from '@shoplet/core';
import { allowedUrl, type UrlKind } from '../internal/safe-url.js';

/**
 * The result of {@link validatePost}: the typed post, or every problem found, each naming the
 * field (`tags[2].x must be between 0 and 1`).
 *
 * @example
 * const result: PostValidation = validatePost(json);
 */
export type PostValidation = { ok: true; post: ShoppablePost } | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Collects one message per bad field; one check per kind of field keeps the rules readable. */
class PostChecker {
  readonly errors: string[] = [];

  fail(path: string, message: string): void {
    this.errors.push(`${path} ${message}`);
  }

  string(obj: Obj, key: string, path: string, optional = false): void {
    const v = obj[key];
    if (v === undefined && optional) return;
    if (typeof v !== 'string' || !v.trim()) this.fail(path, 'must be a non-empty string');
  }

  /** The rule of the schema's `linkUrl` and `mediaUrl`: an allowed scheme, nothing hidden around it. */
  url(obj: Obj, key: string, path: string, kind: UrlKind, optional = false): void {
    const v = obj[key];
    if (v === undefined && optional) return;
    if (typeof v !== 'string' || !v.trim()) this.fail(path, 'must be a non-empty URL string');
    else if (v !== v.trim() || !allowedUrl(v, kind))
      this.fail(path, `must be an ${kind === 'media' ? 'http(s), blob:' : 'http(s)'} or relative URL`);
  }

  unit(obj: Obj, key: string, path: string): void {
    const v = obj[key];
    if (!isNum(v)) this.fail(path, 'must be a number between 0 and 1');
    else if (v < 0 || v > 1) this.fail(path, 'must be between 0 and 1');
  }

  seconds(obj: Obj, key: string, path: string): void {
    const v = obj[key];
    if (v !== undefined && (!isNum(v) || v < 0)) this.fail(path, 'must be a number of seconds ≥ 0');
  }
}

function checkMedia(c: PostChecker, media: unknown): void {
  if (!isObj(media)) {
    c.fail('media', 'must be an object with type and src');
    return;
  }
  if (media.type !== 'image' && media.type !== 'video') c.fail('media.type', 'must be "image" or "video"');
  c.url(media, 'src', 'media.src', 'media');
  c.string(media, 'alt', 'media.alt', true);
  c.url(media, 'poster', 'media.poster', 'media', true);
  const ratio = media.aspectRatio;
  if (ratio !== undefined && (typeof ratio !== 'string' || !/^\d+(\.\d+)?\s*\/\s*\d+(\.\d+)?$/.test(ratio))) {
    c.fail('media.aspectRatio', 'must look like "4/5" or "16/9"');
  }
  const captions = media.captions;
  if (captions === undefined) return;
  if (!Array.isArray(captions)) {
    c.fail('media.captions', 'must be an array');
    return;
  }
  captions.forEach((cap, i) => {
    const path = `media.captions[${i}]`;
    if (!isObj(cap)) {
      c.fail(path, 'must be an object with src, lang and label');
      return;
    }
    c.url(cap, 'src', `${path}.src`, 'media');
    c.string(cap, 'lang', `${path}.lang`);
    c.string(cap, 'label', `${path}.label`);
  });
}

function checkTag(c: PostChecker, tag: unknown, i: number): void {
  const path = `tags[${i}]`;
  if (!isObj(tag)) {
    c.fail(path, 'must be an object with product, x and y');
    return;
  }
  c.string(tag, 'product', `${path}.product`);
  c.unit(tag, 'x', `${path}.x`);
  c.unit(tag, 'y', `${path}.y`);
  c.string(tag, 'label', `${path}.label`, true);
  c.seconds(tag, 'start', `${path}.start`);
  c.seconds(tag, 'end', `${path}.end`);
  if (isNum(tag.start) && isNum(tag.end) && tag.end <= tag.start) c.fail(`${path}.end`, 'must be after start');
  const track = tag.track;
  if (track === undefined) return;
  if (!Array.isArray(track)) {
    c.fail(`${path}.track`, 'must be an array of [seconds, x, y]');
    return;
  }
  let last = -1;
  track.forEach((key, k) => {
    const kp = `${path}.track[${k}]`;
    if (!Array.isArray(key) || key.length !== 3 || !key.every(isNum)) {
      c.fail(kp, 'must be [seconds, x, y]');
      return;
    }
    const [t, x, y] = key as [number, number, number];
    if (t < 0 || t <= last) c.fail(`${kp}[0]`, 'must be ≥ 0 and later than the previous keyframe');
    if (x < 0 || x > 1) c.fail(`${kp}[1]`, 'must be between 0 and 1');
    if (y < 0 || y > 1) c.fail(`${kp}[2]`, 'must be between 0 and 1');
    last = t;
  });
}

/**
 * Validates a Shoppable Post document against the rules of `docs/shoppable-post.schema.json`
 * (the fixtures in `test/post-fixtures/` keep the two in agreement), plus what a schema cannot
 * say: `end` after `start`, keyframes in time order, URLs the browser can parse.
 *
 * @example
 * const result = validatePost(await (await fetch('/posts/summer.json')).json());
 * if (!result.ok) console.warn(result.errors[0]); // 'tags[2].x must be between 0 and 1'
 */
export function validatePost(doc: unknown): PostValidation {
  const c = new PostChecker();
  if (!isObj(doc)) return { ok: false, errors: ['the document must be a JSON object'] };
  if (doc.version !== 1) c.fail('version', 'must be 1');
  c.string(doc, 'id', 'id');
  c.string(doc, 'title', 'title', true);
  checkMedia(c, doc.media);
  if (!Array.isArray(doc.tags)) c.fail('tags', 'must be an array (it may be empty)');
  else
    doc.tags.forEach((tag, i) => {
      checkTag(c, tag, i);
    });
  const creator = doc.creator;
  if (creator !== undefined) {
    if (!isObj(creator)) c.fail('creator', 'must be an object with a name');
    else {
      c.string(creator, 'name', 'creator.name');
      c.string(creator, 'ref', 'creator.ref', true);
      c.url(creator, 'url', 'creator.url', 'link', true);
    }
  }
  return c.errors.length ? { ok: false, errors: c.errors } : { ok: true, post: doc as unknown as ShoppablePost };
}
