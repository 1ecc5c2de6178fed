import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogToCsv, demoCatalog, PRODUCT_IMAGES_DIR } from '../src/index.js';

const MEDIA_DIR = join(PRODUCT_IMAGES_DIR, '..');

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

describe('demo catalog data', () => {
  it('has unique slugs and SKUs and an image file for every product', () => {
    const slugs = demoCatalog.map((p) => p.slug);
    const skus = demoCatalog.flatMap((p) => p.variants.map((v) => v.sku));
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(new Set(skus).size).toBe(skus.length);
    for (const product of demoCatalog) {
      expect(product.images.length, product.slug).toBeGreaterThan(0);
      for (const image of product.images) expect(existsSync(join(PRODUCT_IMAGES_DIR, image)), image).toBe(true);
      for (const variant of product.variants) expect(variant.options).toHaveLength(product.optionGroups.length);
    }
  });

  it('has exactly one sold-out variant and one product on sale', () => {
    const soldOut = demoCatalog.flatMap((p) => p.variants.filter((v) => v.stockOnHand === 0).map((v) => v.sku));
    expect(soldOut).toEqual(['FCJ-M']);
    const onSale = demoCatalog.filter((p) => p.variants.some((v) => v.compareAtPrice !== undefined));
    expect(onSale.map((p) => p.slug)).toEqual(['sandbar-linen-shirt']);
    for (const v of onSale[0]?.variants ?? []) expect(v.compareAtPrice).toBeGreaterThan(v.price * 100);
  });

  it('quotes descriptions with commas and quotes so the CSV keeps one product per first row', () => {
    const csv = catalogToCsv([
      {
        name: 'Test "Quoted" Mug',
        slug: 'test-mug',
        category: 'Home',
        description: '<p>One, two.</p>',
        images: ['a.jpg', 'b.jpg'],
        optionGroups: ['Colour'],
        variants: [
          { sku: 'T-1', options: ['Oat'], price: 24, stockOnHand: 5 },
          { sku: 'T-2', options: ['Slate'], price: 24, stockOnHand: 0, compareAtPrice: 3000 },
        ],
      },
    ]);
    const [header, first, second] = csv.trim().split('\n');
    expect(header?.split(',')).toContain('variant:compareAtPrice');
    expect(first).toMatch(
      /^"Test ""Quoted"" Mug",test-mug,"<p>One, two.<\/p>",a\.jpg\|b\.jpg,category:Home,Colour,Oat,T-1,24\.00/,
    );
    expect(second).toBe(',,,,,,Slate,T-2,24.00,Standard Tax,0,true,,,,,3000');
  });
});

describe('demo media', () => {
  it('stays under 2 MB and has the videos, posters, HLS playlist and captions', async () => {
    expect(await folderBytes(MEDIA_DIR)).toBeLessThan(2_000_000);
    const video = await readdir(join(MEDIA_DIR, 'video'));
    for (const name of ['summer-edit', 'morning-skin', 'slow-kitchen']) {
      expect(video).toContain(`${name}.mp4`);
      expect(video).toContain(`${name}-poster.jpg`);
    }
    expect(video).toContain('summer-edit.m3u8');
    expect(video).toContain('summer-edit.vtt');
    expect(video.filter((f) => f.endsWith('.ts')).length).toBeGreaterThan(1);
    expect(existsSync(join(MEDIA_DIR, 'lookbook.jpg'))).toBe(true);
  });

  it('lists, per video, scenes of catalog products that tile the clip', async () => {
    const scenes = JSON.parse(await readFile(join(MEDIA_DIR, 'video', 'scenes.json'), 'utf8')) as Record<
      string,
      { product: string; start: number; end: number; x: number; y: number }[]
    >;
    const slugs = new Set(demoCatalog.map((p) => p.slug));
    expect(Object.keys(scenes).sort()).toEqual(['morning-skin', 'slow-kitchen', 'summer-edit']);
    for (const [video, list] of Object.entries(scenes)) {
      expect(list[0]?.start, video).toBe(0);
      expect(list.at(-1)?.end, video).toBe(5);
      list.forEach((scene, i) => {
        expect(slugs.has(scene.product), scene.product).toBe(true);
        if (i > 0) expect(scene.start).toBe(list[i - 1]?.end);
      });
    }
  });
});
