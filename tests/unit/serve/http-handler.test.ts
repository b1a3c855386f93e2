/**
 * The dev server's HTTP side on a real socket: only the output folder is served,
 * traversal in any spelling is refused, there is no directory listing, pages get
 * the live-reload client, and 200 requests at once are all answered correctly.
 */
import { request, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventHub } from '../../../src/serve/event-hub.js';
import { createDevHandler } from '../../../src/serve/http-handler.js';
import { makeTmpDir } from '../../helpers/tmp-deck.js';

const SECRET = 'secret: the deck sources must never be served';
let root: string;
let server: Server;
let hub: EventHub;
let port: number;

/** A raw request: fetch() would resolve `..` and `%2e%2e` before sending. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  root = await makeTmpDir();
  // The served folder sits beside files that must stay private.
  const out = join(root, 'dev', 'mini');
  await mkdir(join(out, 'assets', 'media'), { recursive: true });
  await mkdir(join(out, 'talk'), { recursive: true });
  await writeFile(join(out, 'index.html'), '<!doctype html><html><body><p>deck</p></body></html>');
  await writeFile(join(out, 'talk', 'index.html'), '<!doctype html><html><body><p>talk</p></body></html>');
  await writeFile(join(out, 'assets', 'media', 'a b.txt'), 'asset with a space');
  for (let i = 0; i < 20; i++) await writeFile(join(out, 'assets', 'media', `f${i}.txt`), `file ${i}`);
  await writeFile(join(out, '.hidden'), SECRET);
  await writeFile(join(root, 'dev', 'deck.yaml'), SECRET);
  await writeFile(join(root, 'dev', 'mini-other.txt'), SECRET);
  await writeFile(join(root, 'deck.yaml'), SECRET);
  hub = new EventHub();
  server = createServer(createDevHandler({
    outDir: out,
    deckName: 'mini',
    host: '127.0.0.1',
    hub,
    clientScript: join(process.cwd(), 'templates', 'pages', 'dev-client.js'),
    buildId: () => 7,
    hello: () => ({ buildId: 7 }),
    pdf: () => Promise.reject(Object.assign(new Error('no browser here'), { code: 'BrowserNotFound', hint: 'install one' })),
  }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  hub?.close();
  await new Promise((resolve) => server?.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe('dev server HTTP', () => {
  it('serves pages with the live-reload client added', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<p>deck</p>');
    expect(page.body).toContain('<script src="/__deckpress/client.js" data-build="7"></script>\n</body>');
    expect((await get('/index.html')).body).toContain('data-build="7"');
    expect((await get('/talk/')).body).toContain('<p>talk</p><script src="/__deckpress/client.js"');
    // The file on disk stays as built.
    expect(await readFile(join(root, 'dev', 'mini', 'index.html'), 'utf8')).not.toContain('__deckpress');
  });

  it('serves the client script and files of the output, decoded', async () => {
    const client = await get('/__deckpress/client.js');
    expect(client.status).toBe(200);
    expect(client.headers['content-type']).toMatch(/javascript/);
    expect(client.body).toContain('EventSource');
    const asset = await get('/assets/media/a%20b.txt');
    expect([asset.status, asset.body]).toEqual([200, 'asset with a space']);
  });

  it('sends a variant folder asked without its slash to the folder', async () => {
    const res = await get('/talk');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/talk/');
    // Never to another host.
    expect((await get('//talk')).headers.location).toBe('/talk/');
  });

  it.each([
    '/../deck.yaml',
    '/../../deck.yaml',
    '/assets/../../deck.yaml',
    '/%2e%2e/deck.yaml',
    '/%2E%2E/%2e%2e/deck.yaml',
    '/..%2fdeck.yaml',
    '/..%2f..%2fdeck.yaml',
    '/%2e%2e%2fdeck.yaml',
    '/%252e%252e/deck.yaml',
    '/..%5cdeck.yaml',
    '/../mini-other.txt',
    '/%2e%2e/mini-other.txt',
    '/.hidden',
    '/%2ehidden',
    '/assets/media/..%2f..%2f.hidden',
  ])('refuses %s', async (path) => {
    const res = await get(path);
    expect([403, 404]).toContain(res.status);
    expect(res.body).not.toContain('secret');
  });

  it('lists no directory', async () => {
    for (const path of ['/assets/', '/assets', '/assets/media/']) {
      const res = await get(path);
      expect(res.status === 404 || res.status === 301).toBe(true);
      expect(res.body).not.toContain('f1.txt');
    }
  });

  it('answers GET and HEAD only, and only to loopback host names', async () => {
    expect((await get('/', {}, 'POST')).status).toBe(405);
    const head = await get('/', {}, 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
    expect((await get('/', { host: 'evil.example' })).status).toBe(403);
  });

  it('explains a PDF export that failed', async () => {
    const res = await get('/mini.pdf');
    expect(res.status).toBe(500);
    expect(res.body).toContain('BrowserNotFound: no browser here');
    expect(res.body).toContain('hint: install one');
  });

  it('answers 200 requests at once, each with its own file', async () => {
    const paths = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? '/' : `/assets/media/f${i % 20}.txt`));
    const results = await Promise.all(paths.map((path) => get(path)));
    results.forEach((res, i) => {
      expect(res.status).toBe(200);
      if (paths[i] === '/') expect(res.body).toContain('<p>deck</p>');
      else expect(res.body).toBe(`file ${i % 20}`);
    });
  });
});
