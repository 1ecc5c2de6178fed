/**
 * One keyframe of a moving tag: at `t` seconds the product is at (`x`, `y`), normalized 0–1.
 *
 * @example
 * const key: Keyframe = [3.5, 0.32, 0.4];
 */
export type Keyframe = readonly [t: number, x: number, y: number];

/**
 * Reads a `track` attribute (`[[3.5, 0.32, 0.4], [9, 0.5, 0.45]]`). Returns the keyframes, or an
 * error message naming what is wrong so the caller can warn once and keep the tag still.
 *
 * @example
 * parseTrack('[[0, 0.1, 0.2], [4, 0.5, 0.5]]'); // { ok: true, track: [[0, 0.1, 0.2], [4, 0.5, 0.5]] }
 * parseTrack('[[0, 2, 0]]');                     // { ok: false, error: 'keyframe 0: x and y must be between 0 and 1' }
 */
export function parseTrack(value: unknown): { ok: true; track: Keyframe[] } | { ok: false; error: string } {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch {
      return { ok: false, error: 'must be JSON like [[seconds, x, y], …]' };
    }
  }
  if (!Array.isArray(data) || !data.length) return { ok: false, error: 'must be a non-empty array of [seconds, x, y]' };
  let last = Number.NEGATIVE_INFINITY;
  for (const [n, key] of data.entries()) {
    if (!Array.isArray(key) || key.length !== 3 || !key.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      return { ok: false, error: `keyframe ${n} must be [seconds, x, y]` };
    }
    const [t, x, y] = key as [number, number, number];
    if (t < 0 || t <= last)
      return { ok: false, error: `keyframe ${n}: seconds must be ≥ 0 and after the previous one` };
    if (x < 0 || x > 1 || y < 0 || y > 1) return { ok: false, error: `keyframe ${n}: x and y must be between 0 and 1` };
    last = t;
  }
  return { ok: true, track: data as Keyframe[] };
}

/**
 * Where a moving tag is at time `t`: linear interpolation between the surrounding keyframes
 * (found by binary search), held at the first keyframe before it and at the last one after it.
 * With `smooth: false` (reduced motion) the tag holds each keyframe's position until the next.
 * Writes into `out` so a frame loop allocates nothing.
 *
 * @example
 * const at = { x: 0, y: 0 };
 * positionAt([[0, 0.1, 0.2], [4, 0.5, 0.6]], 2, at); // at = { x: 0.3, y: 0.4 }
 */
export function positionAt(
  track: readonly Keyframe[],
  t: number,
  out: { x: number; y: number },
  smooth = true,
): { x: number; y: number } {
  const first = track[0];
  const last = track[track.length - 1];
  if (!first || !last) return out;
  if (t <= first[0]) {
    out.x = first[1];
    out.y = first[2];
    return out;
  }
  if (t >= last[0]) {
    out.x = last[1];
    out.y = last[2];
    return out;
  }
  // The last keyframe at or before t.
  let lo = 0;
  let hi = track.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((track[mid] as Keyframe)[0] <= t) lo = mid;
    else hi = mid;
  }
  const a = track[lo] as Keyframe;
  const b = track[hi] as Keyframe;
  const f = smooth ? (t - a[0]) / (b[0] - a[0]) : 0;
  out.x = a[1] + (b[1] - a[1]) * f;
  out.y = a[2] + (b[2] - a[2]) * f;
  return out;
}
