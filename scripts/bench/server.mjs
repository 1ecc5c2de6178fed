// The bench's local HTTPS server: the four article pages, the Shoplet bundle, the peers' npm
// files, local media, a proxy to the demo Vendure backend (same origin, so no mixed content)
// and a fake Storefront API for Shopify's Buy Button. Everything compressed with gzip like a CDN
// would, so transfer sizes are gzip sizes. Self-signed certificate; Chromium runs with
// --ignore-certificate-errors. Answers on 127.0.0.1 only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { storefrontAnswer } from './peers/shopify-storefront.mjs';

const root = join(import.meta.dirname, '..', '..');
const embedModules = join(root, 'packages/embed/node_modules');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt',
  '.woff2': 'font/woff2',
};

/** URL prefixes served from folders of the repository. */
const MOUNTS = [
  ['/embed/', join(root, 'packages/embed/dist')],
  ['/media/', join(root, 'packages/elements/test-media')],
  ['/assets/', join(root, 'packages/demo-backend/data/assets')],
  ['/peers/buy-button/', join(embedModules, '@shopify/buy-button-js/dist')],
  ['/peers/cloudinary/', join(embedModules, 'cloudinary-video-player/dist')],
];

function certificate() {
  const dir = join(root, '.cache', 'bench');
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '30',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

function send(res, status, type, body, compress = true) {
  const headers = { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' };
  if (compress && !/^(image|video|font)\//.test(type)) {
    body = gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(status, headers).end(body);
}

function fileFor(pathname) {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    return file.startsWith(dir) && existsSync(file) ? file : null;
  }
  return null;
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Starts the server.
 * @param {{ pages: Record<string, string>, backend: string, port?: number }} options
 *   pages: path → HTML; backend: the demo Vendure origin to proxy /shop-api to.
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function startBenchServer({ pages, backend, port = 0 }) {
  const server = createServer(certificate(), async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'https://127.0.0.1');
      if (pages[url.pathname]) return send(res, 200, TYPES[extname(url.pathname)], Buffer.from(pages[url.pathname]));
      if (url.pathname.startsWith('/shop-api')) {
        const body = req.method === 'POST' ? await readBody(req) : undefined;
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(([k]) => !/^(host|connection|content-length|accept-encoding)$/.test(k)),
        );
        const answer = await fetch(`${backend}${url.pathname}${url.search}`, { method: req.method, headers, body });
        const out = Buffer.from(await answer.arrayBuffer());
        for (const name of ['vendure-auth-token', 'set-cookie']) {
          const value = answer.headers.get(name);
          if (value) res.setHeader(name, value);
        }
        res.setHeader('access-control-expose-headers', 'vendure-auth-token');
        return send(res, answer.status, answer.headers.get('content-type') ?? 'application/json', out);
      }
      // Shopify's Buy Button talks to https://<domain>/api/<version>/graphql: this server is the domain.
      if (/^\/api\/[^/]+\/graphql/.test(url.pathname)) {
        const query = JSON.parse((await readBody(req)).toString('utf8') || '{}');
        return send(res, 200, 'application/json', Buffer.from(JSON.stringify(storefrontAnswer(query, url.origin))));
      }
      // Cloudinary's player builds res.cloudinary.com-style URLs; with a private CDN they land here.
      if (/\/video\/upload\//.test(url.pathname)) {
        const file = url.pathname.includes('.m3u8') ? null : join(root, 'packages/elements/test-media/clip.mp4');
        if (file) return send(res, 200, TYPES['.mp4'], readFileSync(file), false);
      }
      if (/\/image\/upload\/|\/poster$/.test(url.pathname)) {
        return send(
          res,
          200,
          TYPES['.jpg'],
          readFileSync(join(root, 'packages/elements/test-media/poster.jpg')),
          false,
        );
      }
      const file = fileFor(url.pathname);
      if (!file) return send(res, 404, 'text/plain', Buffer.from('not found'));
      return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    } catch (error) {
      send(res, 500, 'text/plain', Buffer.from(String(error)));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address();
  return {
    origin: `https://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
