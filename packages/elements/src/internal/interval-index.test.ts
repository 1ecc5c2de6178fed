import { expect } from '@open-wc/testing';
import { type Interval, IntervalIndex } from './interval-index.js';

/** A small deterministic generator so a failure is reproducible. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 2 ** 32;
    return s / 2 ** 32;
  };
}

const scan = <T>(items: Interval<T>[], t: number) =>
  items.filter((i) => i.start <= t && t <= i.end && i.end >= i.start).map((i) => i.value);

describe('IntervalIndex', () => {
  it('returns the values whose interval contains t, ends inclusive, in the given order', () => {
    const index = new IntervalIndex([
      { start: 3, end: 9, value: 'mug' },
      { start: 1, end: 4, value: 'shirt' },
      { start: 9, end: 12, value: 'hat' },
    ]);
    expect(index.at(0.5)).to.deep.equal([]);
    expect(index.at(1)).to.deep.equal(['shirt']);
    expect(index.at(3.5)).to.deep.equal(['mug', 'shirt']);
    expect(index.at(4)).to.deep.equal(['mug', 'shirt']);
    expect(index.at(4.01)).to.deep.equal(['mug']);
    expect(index.at(9)).to.deep.equal(['mug', 'hat']);
    expect(index.at(12)).to.deep.equal(['hat']);
    expect(index.at(12.001)).to.deep.equal([]);
  });

  it('agrees with a full scan on 500 random intervals at random times and at every endpoint', () => {
    const rnd = random(42);
    const items: Interval<number>[] = Array.from({ length: 500 }, (_, n) => {
      const start = Math.round(rnd() * 6000) / 100;
      return { start, end: start + Math.round(rnd() * 800) / 100, value: n };
    });
    const index = new IntervalIndex(items);
    const times = [
      ...Array.from({ length: 400 }, () => rnd() * 70),
      ...items.flatMap((i) => [i.start, i.end]),
      -1,
      1000,
    ];
    for (const t of times) expect(index.at(t), `t=${t}`).to.deep.equal(scan(items, t));
    // Jumping backwards (a seek) is answered as well as moving forwards.
    for (const t of [...times].reverse()) expect(index.at(t), `t=${t}`).to.deep.equal(scan(items, t));
  });

  it('hands back the same array while t stays between two endpoints, a new one after crossing', () => {
    const index = new IntervalIndex([{ start: 2, end: 5, value: 'shirt' }]);
    const a = index.at(2.1);
    expect(index.at(3)).to.equal(a);
    expect(index.at(4.99)).to.equal(a);
    const b = index.at(5.01);
    expect(b).to.not.equal(a);
    expect(b).to.deep.equal([]);
  });

  it('ignores intervals that end before they start or have no start', () => {
    const index = new IntervalIndex([
      { start: 5, end: 2, value: 'backwards' },
      { start: Number.NaN, end: 2, value: 'nan' },
      { start: 0, end: Number.POSITIVE_INFINITY, value: 'always' },
    ]);
    expect(index.size).to.equal(1);
    expect(index.at(3)).to.deep.equal(['always']);
    expect(index.at(1e9)).to.deep.equal(['always']);
  });

  it('handles many identical and nested intervals', () => {
    const items = Array.from({ length: 50 }, (_, n) => ({
      start: n % 2 ? 0 : 10 - n / 10,
      end: 10 + n / 10,
      value: n,
    }));
    const index = new IntervalIndex(items);
    for (const t of [0, 5, 9.9, 10, 12, 15]) expect(index.at(t)).to.deep.equal(scan(items, t));
  });
});
