import { expect } from '@open-wc/testing';
import { validatePost } from './validate-post.js';

const base = () => ({
  version: 1,
  id: 'p',
  media: {
    type: 'video',
    src: 'clip.m3u8',
    poster: 'p.jpg',
    aspectRatio: '9/16',
    captions: [{ src: 'en.vtt', lang: 'en', label: 'English' }],
  },
  tags: [
    {
      product: 'linen-shirt',
      x: 0.32,
      y: 0.4,
      start: 3.5,
      end: 9,
      track: [
        [3.5, 0.32, 0.4],
        [9, 0.5, 0.45],
      ],
    },
  ],
  creator: { name: 'Ana', ref: 'ana' },
});
const errorsOf = (doc: unknown) => {
  const r = validatePost(doc);
  return r.ok ? [] : r.errors;
};

describe('validatePost', () => {
  it('accepts the documented example', () => {
    expect(validatePost(base()).ok).to.equal(true);
  });

  it('names each bad field precisely', () => {
    const valid = base();
    const doc = {
      ...valid,
      version: 2,
      media: { ...valid.media, type: 'gif', src: 'javascript:alert(1)', aspectRatio: 'wide' },
      tags: [
        {
          ...valid.tags[0],
          end: 2,
          track: [
            [3.5, 0.32, 0.4],
            [1, 0.5, 2],
          ],
        },
        { product: '', x: 0.2, y: 0.1 },
        { product: 'mug', x: 1.7, y: -1 },
      ],
      creator: { ref: 'ana' },
    };
    expect(errorsOf(doc)).to.deep.equal([
      'version must be 1',
      'media.type must be "image" or "video"',
      'media.src must be an http(s), blob: or relative URL',
      'media.aspectRatio must look like "4/5" or "16/9"',
      'tags[0].end must be after start',
      'tags[0].track[1][0] must be ≥ 0 and later than the previous keyframe',
      'tags[0].track[1][2] must be between 0 and 1',
      'tags[1].product must be a non-empty string',
      'tags[2].x must be between 0 and 1',
      'tags[2].y must be between 0 and 1',
      'creator.name must be a non-empty string',
    ]);
  });

  it('rejects non-objects and missing arrays', () => {
    expect(errorsOf('nope')).to.deep.equal(['the document must be a JSON object']);
    expect(errorsOf({ version: 1, id: 'x', media: { type: 'image', src: 'a.jpg' } })).to.deep.equal([
      'tags must be an array (it may be empty)',
    ]);
  });
});
