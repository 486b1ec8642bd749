import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequestPath, startStaticServer } from '../../cli/static-server';
import type { StaticServer } from '../../cli/static-server';

/** A GET with the path sent exactly as written (fetch would normalise `..` away). */
function rawGet(
  url: string,
  rawPath: string,
): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let temp: string;
let root: string;
let server: StaticServer;

beforeAll(async () => {
  temp = mkdtempSync(path.join(tmpdir(), 'quarterdeck-static-'));
  root = path.join(temp, 'site');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>deck</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'export const x = 1;');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(temp, 'secret.txt'), 'do not serve');
  server = await startStaticServer(root);
});

afterAll(async () => {
  await server.close();
  rmSync(temp, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('listens on 127.0.0.1 at an ephemeral port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves files with their content types', async () => {
    expect(await rawGet(server.url, '/index.html')).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
    });
    expect(await rawGet(server.url, '/assets/app.js')).toEqual({
      status: 200,
      type: 'text/javascript; charset=utf-8',
      body: 'export const x = 1;',
    });
    expect((await rawGet(server.url, '/assets/app.css')).type).toBe('text/css; charset=utf-8');
  });

  it('serves index.html for the root and ignores the query', async () => {
    expect((await rawGet(server.url, '/?x=1')).body).toContain('<title>deck</title>');
  });

  it('answers 404 for a missing file', async () => {
    expect((await rawGet(server.url, '/nope.js')).status).toBe(404);
  });

  it('refuses path traversal, plain and encoded', async () => {
    for (const attempt of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/..%5csecret.txt',
      '/assets/..%2F..%2Fsecret.txt',
    ]) {
      const response = await rawGet(server.url, attempt);
      expect(response.status, attempt).toBe(403);
      expect(response.body, attempt).not.toContain('do not serve');
    }
  });
});

describe('resolveRequestPath', () => {
  it('keeps paths inside the root and rejects the rest', () => {
    expect(resolveRequestPath('/srv/site', '/assets/a.js')).toBe('/srv/site/assets/a.js');
    expect(resolveRequestPath('/srv/site', '/')).toBe('/srv/site/index.html');
    expect(resolveRequestPath('/srv/site', '/a%00.js')).toBeNull();
    expect(resolveRequestPath('/srv/site', '/a%5c..%5c..%5cb')).toBeNull();
    expect(resolveRequestPath('/srv/site', '/%E0%A4%A')).toBeNull();
  });
});
