import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { Readable, Stream } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AssetPreviewStrategy, AssetStorageStrategy } from '@vendure/core';

/**
 * Route under which {@link serveAssets} serves stored asset files.
 *
 * @example
 * ```ts
 * `${backend.url}${ASSETS_ROUTE}/sandbar-linen-shirt__preview.jpg`;
 * ```
 */
export const ASSETS_ROUTE = '/assets';

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
};

/**
 * Stores Vendure assets as plain files in one folder and hands out absolute URLs on the demo
 * server itself (`<publicUrl>/assets/<file>`), so product images work in a browser without the
 * AssetServerPlugin (and without sharp).
 *
 * @example
 * ```ts
 * const storage = new LocalFolderAssetStorage('/tmp/demo/assets', 'http://127.0.0.1:3100');
 * ```
 */
export class LocalFolderAssetStorage implements AssetStorageStrategy {
  constructor(
    private readonly dir: string,
    private readonly publicUrl: string,
  ) {}

  async writeFileFromBuffer(fileName: string, data: Buffer): Promise<string> {
    const id = basename(fileName);
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, id), data);
    return id;
  }

  async writeFileFromStream(fileName: string, data: Stream): Promise<string> {
    const id = basename(fileName);
    await mkdir(this.dir, { recursive: true });
    await pipeline(data as Readable, createWriteStream(join(this.dir, id)));
    return id;
  }

  readFileToBuffer(identifier: string): Promise<Buffer> {
    return readFile(join(this.dir, basename(identifier)));
  }

  async readFileToStream(identifier: string): Promise<Stream> {
    return createReadStream(join(this.dir, basename(identifier)));
  }

  async deleteFile(identifier: string): Promise<void> {
    await rm(join(this.dir, basename(identifier)), { force: true });
  }

  async fileExists(fileName: string): Promise<boolean> {
    try {
      await stat(join(this.dir, basename(fileName)));
      return true;
    } catch {
      return false;
    }
  }

  toAbsoluteUrl(_request: unknown, identifier: string): string {
    return `${this.publicUrl}${ASSETS_ROUTE}/${encodeURIComponent(basename(identifier))}`;
  }
}

/**
 * Uses the original image as its own preview. The demo images are already small, and this
 * avoids the native image library a resizing preview strategy would need.
 *
 * @example
 * ```ts
 * mergeConfig(testConfig, { assetOptions: { assetPreviewStrategy: new OriginalAsPreview() } });
 * ```
 */
export class OriginalAsPreview implements AssetPreviewStrategy {
  async generatePreviewImage(_ctx: unknown, _mimeType: string, data: Buffer): Promise<Buffer> {
    return data;
  }
}

/**
 * An Express-style handler that serves files from `dir` (mounted at {@link ASSETS_ROUTE}).
 * Query strings such as `?preset=thumb` are ignored; paths outside `dir` are refused.
 *
 * @example
 * ```ts
 * apiOptions: { middleware: [{ route: ASSETS_ROUTE, handler: serveAssets(dir), beforeListen: true }] }
 * ```
 */
export function serveAssets(dir: string) {
  const root = resolve(dir);
  return async (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(root + sep)) return next();
    try {
      const data = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': data.length,
        'cache-control': 'public, max-age=3600',
        'access-control-allow-origin': '*',
      });
      res.end(req.method === 'HEAD' ? undefined : data);
    } catch {
      next();
    }
  };
}
