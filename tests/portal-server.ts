import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

// The bundled sample portal over HTTP on 127.0.0.1, served as raw bytes. Content-Type carries no
// charset on purpose, so the page's own <meta charset> decides (as on many office portals).

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures/portal');
const TYPES: Record<string, string> = { '.html': 'text/html', '.json': 'application/json', '.py': 'text/plain' };

export async function startPortal(port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const rel = path === '/' || path === '/index.html' ? 'list.html' : normalize(path).replace(/^[/\\]+/, '');
    const file = join(ROOT, rel);
    if (!file.startsWith(ROOT + '/')) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const ext = rel.slice(rel.lastIndexOf('.'));
      res.writeHead(200, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Content-Length': body.length });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise<void>((ok, fail) => server.close((err) => (err ? fail(err) : ok()))),
  };
}
