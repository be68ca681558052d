/**
 * Serves the built game (dist/) with sirv: the brotli or gzip copy made at build time when the
 * browser takes it (build/precompress.ts), a year of immutable caching for Vite's hashed assets
 * and revalidation for everything else, and the security headers on every response. The
 * Content-Security-Policy header is the one in dist/index.html's meta tag (one policy, written
 * once), plus what only a header can say (frame-ancestors).
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** The policy in index.html's meta tag, read from the built page. */
export function contentSecurityPolicy(distFolder: string): string {
  const html = readFileSync(join(distFolder, 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error(`${distFolder}/index.html has no Content-Security-Policy meta tag`);
  return `${policy}; frame-ancestors 'none'`;
}

/** Headers every response carries, pages, files and errors alike. */
export function securityHeaders(policy: string): Record<string, string> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Vite puts content-hashed files under assets/: they never change, so they are cached for good. */
const HASHED = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** A request handler for `distFolder`; anything it does not hold is a plain 404. */
export function staticFiles(
  distFolder: string,
): (req: IncomingMessage, res: ServerResponse) => void {
  const headers = securityHeaders(contentSecurityPolicy(distFolder));
  const serve = sirv(distFolder, {
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader(
        'Cache-Control',
        HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    serve(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    });
  };
}
