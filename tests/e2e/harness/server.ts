/**
 * The static server the e2e pages come from: 127.0.0.1 on a random port,
 * tests/e2e/fixtures at `/`, the demo page at `/demo/`. Tests can add
 * headers to a path (a strict CSP, say) and record what was served.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const MOUNTS: readonly (readonly [prefix: string, dir: string])[] = [
  ['/demo/', path.join(ROOT, 'assets/demo')],
  ['/', path.join(ROOT, 'tests/e2e/fixtures')],
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** A running fixture server. */
export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The absolute URL of a path on this server. */
  url: (pathname: string) => string;
  /** Adds (or replaces) response headers for one exact path, e.g. a CSP. */
  setHeaders: (pathname: string, headers: Record<string, string>) => void;
  /** Answers one exact path from code instead of a file (generated or slow pages). */
  setRoute: (pathname: string, handler: http.RequestListener) => void;
  /** Paths served so far, in order. */
  readonly served: readonly string[];
  close: () => Promise<void>;
}

function fileFor(pathname: string): string | null {
  for (const [prefix, dir] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.resolve(dir, `.${pathname.slice(prefix.length - 1)}`);
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    const index = path.join(file, 'index.html');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) return fs.existsSync(index) ? index : null;
    return fs.existsSync(file) ? file : null;
  }
  return null;
}

/** Starts the fixture server. */
export async function startStaticServer(): Promise<StaticServer> {
  const headers = new Map<string, Record<string, string>>();
  const routes = new Map<string, http.RequestListener>();
  const served: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    served.push(pathname);
    const extra = headers.get(pathname) ?? {};
    const route = routes.get(pathname);
    if (route) {
      for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
      route(req, res);
      return;
    }
    const file = fileFor(pathname);
    if (file === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...extra });
    fs.createReadStream(file).pipe(res);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    setHeaders: (pathname, values) => headers.set(pathname, values),
    setRoute: (pathname, handler) => routes.set(pathname, handler),
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
