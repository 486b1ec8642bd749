import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypeFor } from '../shared/content-types';

/** A running static file server; `close()` stops it and waits for open connections to end. */
export interface StaticServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * The file under `root` a request path names, or `null` when it would leave `root`
 * (`..`, encoded `%2e%2e`, backslashes, NUL) or is not a valid URL path.
 */
export function resolveRequestPath(root: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://127.0.0.1').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const base = path.resolve(root);
  const target = path.resolve(
    base,
    `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`,
  );
  const relative = path.relative(base, target);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return target;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed');
    return;
  }
  // The raw URL is checked before `new URL` normalises away `..` segments, so traversal is refused, not rewritten.
  const raw = req.url ?? '/';
  if (/(^|[/\\])(\.|%2e){2}([/\\]|%2f|%5c|$)/i.test(raw.split('?')[0] ?? '')) {
    send(res, 403, 'Forbidden');
    return;
  }
  const file = resolveRequestPath(root, raw);
  if (file === null) {
    send(res, 403, 'Forbidden');
    return;
  }
  const info = await stat(file).catch(() => null);
  if (info === null || !info.isFile()) {
    send(res, 404, 'Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/** Serves the files under `root` on 127.0.0.1 at an ephemeral port (the CLI's PDF export and the e2e tests use it). */
export function startStaticServer(root: string): Promise<StaticServer> {
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
