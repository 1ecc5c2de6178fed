import { expect } from '@open-wc/testing';
import { visibleTagsAt } from './visible-tags.js';

const tag = (name: string, start: number, end: number) => ({ name, start, end });
const names = (tags: readonly { name: string }[]) => tags.map((t) => t.name);

describe('visibleTagsAt', () => {
  const tags = [tag('mug', 3, 9), tag('shirt', 1, 4), tag('hat', 9, 12), tag('always', 0, Number.POSITIVE_INFINITY)];

  it('returns the tags whose window contains t, ends inclusive, in their given order', () => {
    expect(names(visibleTagsAt(tags, 0.5))).to.deep.equal(['always']);
    expect(names(visibleTagsAt(tags, 1))).to.deep.equal(['shirt', 'always']);
    expect(names(visibleTagsAt(tags, 3.5))).to.deep.equal(['mug', 'shirt', 'always']);
    expect(names(visibleTagsAt(tags, 4))).to.deep.equal(['mug', 'shirt', 'always']);
    expect(names(visibleTagsAt(tags, 4.01))).to.deep.equal(['mug', 'always']);
    expect(names(visibleTagsAt(tags, 9))).to.deep.equal(['mug', 'hat', 'always']);
    expect(names(visibleTagsAt(tags, 12.001))).to.deep.equal(['always']);
  });

  it('gives the previous answer back while nothing changed, and a new one when something did', () => {
    const first = visibleTagsAt(tags, 5);
    expect(visibleTagsAt(tags, 6, first)).to.equal(first);
    expect(visibleTagsAt(tags, 8.99, first)).to.equal(first);
    const next = visibleTagsAt(tags, 9, first);
    expect(next).to.not.equal(first);
    expect(names(next)).to.deep.equal(['mug', 'hat', 'always']);
    expect(names(visibleTagsAt(tags, 10, next))).to.deep.equal(['hat', 'always']);
  });

  it('agrees with a filter over a long random run', () => {
    let s = 7;
    const rnd = () => {
      s = (s * 1664525 + 1013904223) % 2 ** 32;
      return s / 2 ** 32;
    };
    const many = Array.from({ length: 200 }, (_, i) => {
      const start = Math.round(rnd() * 600) / 10;
      return tag(`t${i}`, start, start + Math.round(rnd() * 80) / 10);
    });
    let shown: readonly (typeof many)[number][] = [];
    for (let f = 0; f <= 60 * 30; f++) {
      const t = f / 30;
      shown = visibleTagsAt(many, t, shown);
      expect(shown).to.deep.equal(many.filter((x) => x.start <= t && t <= x.end));
    }
  });
});
