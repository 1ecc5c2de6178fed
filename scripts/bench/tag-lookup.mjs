#!/usr/bin/env node
// Which tags of a video are on screen at time t, asked once a frame at 60 fps: the plain scan
// <shoplet-video> uses (visibleTagsAt in packages/elements/src/video/visible-tags.ts) against a
// centered interval tree with a per-region cache, at 5, 20, 50 and 200 tags. Prints the cost per
// frame of each and their ratio in one run; it asserts nothing and is never part of `pnpm test`.
//
//   node scripts/bench/tag-lookup.mjs
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..', '..');
const DURATION = 60;
const FPS = 60;
const COUNTS = [5, 20, 50, 200];
const RUNS = 15;

/** The scan exactly as the element ships it, compiled from its TypeScript source. */
async function loadScan() {
  const result = await build({
    entryPoints: [join(root, 'packages/elements/src/video/visible-tags.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).visibleTagsAt;
}

// ---- The alternative measured: a centered interval tree, queried in O(log n + k), with the
// answer cached while t stays between the same two endpoints (so most frames are a binary search).
function buildTree(items) {
  if (!items.length) return null;
  const points = items.flatMap((i) => [i.start, i.end]).sort((a, b) => a - b);
  const center = points[points.length >> 1];
  const here = [];
  const left = [];
  const right = [];
  for (const item of items) {
    if (item.end < center) left.push(item);
    else if (item.start > center) right.push(item);
    else here.push(item);
  }
  return {
    center,
    byStart: [...here].sort((a, b) => a.start - b.start),
    byEnd: here.sort((a, b) => b.end - a.end),
    left: buildTree(left),
    right: buildTree(right),
  };
}

function upperBound(points, t) {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

class IntervalTree {
  constructor(items) {
    this.order = new Map(items.map((item, n) => [item, n]));
    this.root = buildTree(items);
    this.points = [...new Set(items.flatMap((i) => [i.start, i.end]))].sort((a, b) => a - b);
    this.cachedRegion = -1;
    this.cached = [];
  }

  /** The items containing t; the same array while the answer is unchanged. */
  at(t) {
    const i = upperBound(this.points, t);
    const region = i > 0 && this.points[i - 1] === t ? 2 * i - 1 : 2 * i;
    if (region !== this.cachedRegion) {
      this.cachedRegion = region;
      this.cached = this.query(t);
    }
    return this.cached;
  }

  query(t) {
    const found = [];
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
    if (found.length > 1) found.sort((a, b) => this.order.get(a) - this.order.get(b));
    return found;
  }
}

// ---- Workload: tags of 2–8 s spread over a 60 s video, one lookup per frame.
function random(seed) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

function tags(n) {
  const rnd = random(n);
  return Array.from({ length: n }, () => {
    const start = Math.round(rnd() * (DURATION - 8) * 10) / 10;
    return { start, end: start + 2 + Math.round(rnd() * 60) / 10 };
  });
}

const same = (a, b) => a.length === b.length && a.every((item, i) => item === b[i]);

/** Nanoseconds per frame: median of RUNS passes over the whole video. */
function perFrame(lookup) {
  const frames = DURATION * FPS;
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    for (let f = 0; f < frames; f++) lookup(f / FPS);
    runs.push(Number(process.hrtime.bigint() - t0) / frames);
  }
  return runs.sort((a, b) => a - b)[RUNS >> 1];
}

const visibleTagsAt = await loadScan();
const rows = [];
for (const n of COUNTS) {
  const items = tags(n);
  const tree = new IntervalTree(items);
  // Both tell whether the set changed since the last frame by the identity of their answer, as
  // the tag layer needs: the tree from its cache, the scan by getting its previous answer back.
  let lastTree = [];
  let lastScan = [];
  let changes = 0;
  const withTree = (t) => {
    const next = tree.at(t);
    if (next !== lastTree) changes++;
    lastTree = next;
  };
  const withScan = (t) => {
    const next = visibleTagsAt(items, t, lastScan);
    if (next !== lastScan) changes++;
    lastScan = next;
  };
  for (let t = 0; t <= DURATION; t += 0.01) {
    if (!same(tree.at(t), visibleTagsAt(items, t))) throw new Error(`the two disagree at ${t} s with ${n} tags`);
  }
  // Warm both up so the JIT has compiled them before timing.
  perFrame(withTree);
  perFrame(withScan);
  const treeNs = perFrame(withTree);
  const scanNs = perFrame(withScan);
  rows.push({ tags: n, treeNs, scanNs, changes });
}

console.log(
  `Active-tag lookup per frame (${DURATION} s video at ${FPS} fps, median of ${RUNS} passes, Node ${process.version})`,
);
console.log('tags | interval tree | linear scan | scan ÷ tree | share of a 16.7 ms frame (scan)');
for (const { tags: n, treeNs, scanNs } of rows) {
  const share = ((scanNs / 16_700_000) * 100).toFixed(4);
  console.log(
    `${String(n).padStart(4)} | ${treeNs.toFixed(0).padStart(10)} ns | ${scanNs.toFixed(0).padStart(8)} ns | ${(scanNs / treeNs).toFixed(2).padStart(10)}× | ${share} %`,
  );
}
