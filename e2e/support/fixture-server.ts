import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Serves `body` at `path` instead of the file (for pages a test edits between visits). */
  override(path: string, body: string | null): void;
  /** Every path requested so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 (a free port); `.html.gz` files are served unzipped. */
export async function startFixtureServer(root: string, port = 0): Promise<FixtureServer> {
  const base = resolve(root);
  const overrides = new Map<string, string>();
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const overridden = overrides.get(path);
    if (overridden !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(overridden);
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      let type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (file.endsWith('.gz')) {
        body = gunzipSync(body);
        type = TYPES[extname(file.slice(0, -3))] ?? type;
      }
      response.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    override(path, body) {
      const key = `/${path.replace(/^\//, '')}`;
      if (body === null) overrides.delete(key);
      else overrides.set(key, body);
    },
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
