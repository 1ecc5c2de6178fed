/**
 * One entry of an {@link IntervalIndex}: a value active from `start` to `end`, both inclusive.
 *
 * @example
 * const entry: Interval<string> = { start: 3.5, end: 9, value: 'linen-shirt' };
 */
export interface Interval<T> {
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  center: number;
  /** Intervals containing `center`, by start ascending. */
  byStart: Interval<T>[];
  /** The same intervals by end descending. */
  byEnd: Interval<T>[];
  left: Node<T> | null;
  right: Node<T> | null;
}

function build<T>(items: Interval<T>[]): Node<T> | null {
  if (!items.length) return null;
  // The median endpoint splits the set evenly, so the tree stays O(log n) deep.
  const points = items.flatMap((i) => [i.start, i.end]).sort((a, b) => a - b);
  const center = points[points.length >> 1] as number;
  const here: Interval<T>[] = [];
  const left: Interval<T>[] = [];
  const right: Interval<T>[] = [];
  for (const item of items) {
    if (item.end < center) left.push(item);
    else if (item.start > center) right.push(item);
    else here.push(item);
  }
  return {
    center,
    byStart: [...here].sort((a, b) => a.start - b.start),
    byEnd: here.sort((a, b) => b.end - a.end),
    left: build(left),
    right: build(right),
  };
}

/** Index of the first element of the sorted `points` greater than `t` (binary search). */
function upperBound(points: readonly number[], t: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Answers "which intervals contain time t?" in O(log n + k) with a centered interval tree, and
 * in O(log n) with no allocation while t stays inside the same stretch between two interval
 * endpoints (the usual case for a video frame loop, where t advances a few milliseconds a frame).
 * Results keep the order the intervals were given in.
 *
 * @example
 * const index = new IntervalIndex([{ start: 1, end: 4, value: 'shirt' }, { start: 3, end: 9, value: 'mug' }]);
 * index.at(3.5); // ['shirt', 'mug']
 * index.at(6);   // ['mug']
 */
export class IntervalIndex<T> {
  private readonly root: Node<T> | null;
  private readonly order = new Map<Interval<T>, number>();
  /** Every distinct endpoint, ascending; the active set only changes at these. */
  private readonly points: number[];
  private cachedRegion = -1;
  private cached: readonly T[] = [];

  constructor(intervals: readonly Interval<T>[]) {
    const valid = intervals.filter((i) => Number.isFinite(i.start) && i.end >= i.start);
    valid.forEach((item, n) => {
      this.order.set(item, n);
    });
    this.root = build(valid);
    this.points = [...new Set(valid.flatMap((i) => [i.start, i.end]))].sort((a, b) => a - b);
  }

  /** Number of indexed intervals. */
  get size(): number {
    return this.order.size;
  }

  /**
   * The values whose interval contains `t` (ends inclusive). The returned array is shared and
   * reused while the answer is unchanged: compare it by identity to skip work, never mutate it.
   */
  at(t: number): readonly T[] {
    const region = this.region(t);
    if (region !== this.cachedRegion) {
      this.cachedRegion = region;
      this.cached = this.query(t);
    }
    return this.cached;
  }

  /**
   * Regions alternate between the open stretch before endpoint i (even numbers) and the
   * endpoint itself (odd numbers), so each region has one constant answer.
   */
  private region(t: number): number {
    const i = upperBound(this.points, t);
    return i > 0 && this.points[i - 1] === t ? 2 * (i - 1) + 1 : 2 * i;
  }

  private query(t: number): T[] {
    const found: Interval<T>[] = [];
    let node = this.root;
    while (node) {
      if (t < node.center) {
        for (const item of node.byStart) {
          if (item.start > t) break;
          found.push(item);
        }
        node = node.left;
      } else if (t > node.center) {
        for (const item of node.byEnd) {
          if (item.end < t) break;
          found.push(item);
        }
        node = node.right;
      } else {
        found.push(...node.byStart);
        break;
      }
    }
    if (found.length > 1) found.sort((a, b) => (this.order.get(a) as number) - (this.order.get(b) as number));
    return found.map((i) => i.value);
  }
}
