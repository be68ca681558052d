import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One response as it went over the wire: its body bytes (gzip when compressed). */
export interface ServedResponse {
  path: string;
  contentType: string;
  bodyBytes: number;
}

/** A local static server for one build folder, with a log of what it sent. */
export interface StaticServer {
  origin: string;
  /** Every response since the last `clearLog()`. */
  log(): readonly ServedResponse[];
  clearLog(): void;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Text types a real deployment gzips; images, fonts and audio are already compressed. */
const compressible = /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg)/;

/** Gzips every compressible file under `root`, keyed by absolute path. */
async function gzipAll(root: string): Promise<Map<string, Buffer>> {
  const gzipped = new Map<string, Buffer>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    const type = contentTypes[extname(file).toLowerCase()];
    if (entry.isFile() && type && compressible.test(type))
      gzipped.set(file, gzipSync(await readFile(file)));
  }
  return gzipped;
}

/**
 * Serves `root` on 127.0.0.1 at a free port, gzipping text like a production host would
 * (zlib's default level; Vite's build report computes its own gzip sizes, about 1 % apart).
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const gzipCache = await gzipAll(base);
  let sent: ServedResponse[] = [];

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let file = normalize(join(base, decodeURIComponent(url.pathname)));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file).catch(() => undefined);
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const contentType = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
      const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const gzip = wantsGzip && compressible.test(contentType);
      let payload: Buffer = body;
      if (gzip) {
        // Compressed up front, so no request waits on zlib (a host serves precompressed files).
        payload = gzipCache.get(file) ?? gzipSync(body);
      }
      res.writeHead(200, {
        'content-type': contentType,
        'content-length': payload.length,
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.on('finish', () => {
        const bodyBytes = req.method === 'HEAD' ? 0 : payload.length;
        sent.push({ path: url.pathname, contentType, bodyBytes });
      });
      res.end(req.method === 'HEAD' ? undefined : payload);
    })().catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log: () => sent,
    clearLog: () => {
      sent = [];
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
