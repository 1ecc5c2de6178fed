import type { ShoppablePost } from '@shoplet/core';
import { validatePost } from '../post/validate-post.js';

/**
 * A feed document read and checked: the valid posts in order, and one message per rejected
 * item naming its position and field (`items[3]: tags[0].x must be between 0 and 1`).
 *
 * @example
 * const { posts, errors }: FeedContent = readFeed(json);
 */
export interface FeedContent {
  posts: ShoppablePost[];
  errors: string[];
}

/**
 * Reads a feed: a JSON array of Shoppable Post documents, or `{ "posts": [...] }`. Invalid
 * posts are left out (with a message each) so one bad item never blanks the whole feed.
 *
 * @example
 * const { posts } = readFeed([{ version: 1, id: 'a', media: { type: 'video', src: '/a.mp4' }, tags: [] }]);
 */
export function readFeed(doc: unknown): FeedContent {
  const items = Array.isArray(doc)
    ? doc
    : doc && typeof doc === 'object' && Array.isArray((doc as { posts?: unknown }).posts)
      ? ((doc as { posts: unknown[] }).posts as unknown[])
      : null;
  if (!items)
    return { posts: [], errors: ['the feed must be a JSON array of posts, or an object with a "posts" array'] };
  const posts: ShoppablePost[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  items.forEach((item, i) => {
    const result = validatePost(item);
    if (!result.ok) {
      errors.push(`items[${i}]: ${result.errors.join('; ')}`);
      return;
    }
    if (ids.has(result.post.id)) {
      errors.push(`items[${i}]: id "${result.post.id}" is used twice; ids must be unique`);
      return;
    }
    ids.add(result.post.id);
    posts.push(result.post);
  });
  return { posts, errors };
}

/**
 * Fetches and reads a feed document; rejects with a message naming the URL when it cannot be
 * loaded or is not JSON.
 *
 * @example
 * const { posts, errors } = await loadFeed('/feeds/summer.json');
 */
export async function loadFeed(src: string, signal?: AbortSignal): Promise<FeedContent> {
  const response = await fetch(src, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!response.ok) throw new Error(`the feed ${src} could not be loaded (HTTP ${response.status})`);
  let doc: unknown;
  try {
    doc = await response.json();
  } catch (err) {
    throw new Error(`the feed ${src} is not valid JSON (${(err as Error).message})`);
  }
  return readFeed(doc);
}
