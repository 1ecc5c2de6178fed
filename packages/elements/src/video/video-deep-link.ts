import { type DeepLink, parseDeepLink } from '@shoplet/core';

const taken = new Set<string>();
// A new navigation (even back to an earlier link) may be followed again.
if (typeof addEventListener === 'function') addEventListener('hashchange', () => taken.clear());

/**
 * The page's deep link (`#shoplet=<post-id>&t=<seconds>&p=<product>`) when it targets `postId`
 * and no other element has followed it yet, so one link opens one video and one sheet.
 *
 * @example
 * const link = takeDeepLink('summer-look');
 * if (link?.t != null) video.currentTime = link.t;
 */
export function takeDeepLink(postId: string | undefined): DeepLink | null {
  if (!postId || typeof location === 'undefined') return null;
  const link = peekDeepLink();
  if (!link || link.post !== postId || taken.has(location.hash)) return null;
  taken.add(location.hash);
  return link;
}

/**
 * The page's deep link without claiming it (the feed uses it to scroll to the right post).
 *
 * @example
 * const postId = peekDeepLink()?.post;
 */
export function peekDeepLink(): DeepLink | null {
  return typeof location === 'undefined' ? null : parseDeepLink(location.href);
}
