/**
 * The items whose time window contains `t` (both ends inclusive), in their given order. Pass the
 * previous answer as `previous` to get that same array back while the answer is unchanged (the
 * usual frame), so callers can compare by identity and nothing is allocated.
 *
 * A plain scan: a video has a handful of tags, and `node scripts/bench/tag-lookup.mjs` shows it
 * costing a fraction of a microsecond a frame even at 200 tags (numbers in docs/video.md).
 *
 * @example
 * let shown = visibleTagsAt(tags, 3.5); // tags from 1–4 s and 3–9 s
 * shown = visibleTagsAt(tags, 3.6, shown); // the same array: nothing changed
 */
export function visibleTagsAt<T extends { start: number; end: number }>(
  items: readonly T[],
  t: number,
  previous: readonly T[] = [],
): readonly T[] {
  let matched = 0;
  for (const item of items) {
    if (item.start > t || t > item.end) continue;
    if (previous[matched] !== item) return items.filter((i) => i.start <= t && t <= i.end);
    matched++;
  }
  return matched === previous.length ? previous : items.filter((i) => i.start <= t && t <= i.end);
}
