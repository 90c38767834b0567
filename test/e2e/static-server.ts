// A minimal static file server for a private copy of dist/: the offline tests stop it
// (no network at all) and serve a changed service worker (a new version) on the same port.
// With a `prefix` (e.g. '/fazhi/deep/') the app lives under that path, as on an intranet
// portal, and anything requested outside it is a 404 (listed in `strays`).
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  port: number;
  requests: string[];
  /** Paths requested outside the prefix: an absolute URL somewhere in the app. */
  strays: string[];
  close: () => Promise<void>;
}

/** A private copy of the build, to add files to and serve (other test files may rebuild dist/ meanwhile); the caller removes it. */
export function copyOfBuild(tag: string): string {
  const root = mkdtempSync(join(tmpdir(), `fazhi-${tag}-`));
  cpSync('dist', root, { recursive: true });
  return root;
}

/** Changes what is sent for a file (by its path on disk), e.g. a prelude before every script. */
export type ServeTransform = (file: string, body: Buffer) => Buffer;

export function serveDir(root: string, port = 0, prefix = '/', transform?: ServeTransform): Promise<StaticServer> {
  const requests: string[] = [];
  const strays: string[] = [];
  const server: Server = createServer((req, res) => {
    const fullPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(fullPath);
    if (!fullPath.startsWith(prefix)) {
      strays.push(fullPath);
      res.writeHead(404).end();
      return;
    }
    const path = '/' + fullPath.slice(prefix.length);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    const headers: Record<string, string> = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    // As the deployment notes require: the service worker and the page are always revalidated.
    if (/\/(sw\.js|index\.html)$/.test(file)) headers['Cache-Control'] = 'no-cache';
    const body = readFileSync(file);
    res.writeHead(200, headers).end(transform ? transform(file, body) : body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const p = (server.address() as { port: number }).port;
      resolve({
        url: `http://127.0.0.1:${p}${prefix}`,
        port: p,
        requests,
        strays,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
