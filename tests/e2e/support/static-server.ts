/** A tiny static file server on 127.0.0.1 for the end-to-end pages (fixtures and the demo CRM). */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves each folder under its mount path, e.g. { '/fixtures': 'tests/e2e/fixtures', '/demo': 'demo' }. */
export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const roots = Object.entries(mounts).map(([mount, dir]) => [mount.replace(/\/$/, ''), resolve(dir)] as const);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const hit = roots.find(([mount]) => path === mount || path.startsWith(`${mount}/`));
    if (!hit) return void res.writeHead(404).end('not found');
    const [mount, root] = hit;
    const file = normalize(join(root, path.slice(mount.length) || '/index.html'));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}${p.startsWith('/') ? p : `/${p}`}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        // A browser kept for the next suite file (browser-reuse.ts) holds keep-alive connections open.
        server.closeAllConnections();
      }),
  };
}
