/**
 * The page server of a lent browser serves the folders shared with it and nothing
 * else: no other path of this machine, by `..`, encoding, a symbolic link or a
 * guessed share; no directory listing; GET and HEAD only; gone once closed.
 */
import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPageServer, type PageServer } from '../../../src/browser/page-server.js';
import { makeTmpDir, writeFiles } from '../../helpers/tmp-deck.js';

let work: string;
let server: PageServer;
let base: string;

beforeAll(async () => {
  work = await makeTmpDir('deckpress-page-server-');
  await writeFiles(work, {
    'dist/deck/print.html': '<!doctype html><title>print</title>',
    'dist/deck/assets/a b.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'dist/deck/.hidden': 'hidden',
    'dist/other/secret.txt': 'SECRET',
    'outside.txt': 'OUTSIDE',
  });
  await mkdir(join(work, 'dist/deck/empty'));
  await symlink(join(work, 'outside.txt'), join(work, 'dist/deck/link.txt'));
  await symlink(join(work, 'dist/other'), join(work, 'dist/deck/other-folder'));
  server = await startPageServer('127.0.0.1');
  base = await server.share(join(work, 'dist/deck'));
});
afterAll(async () => {
  await server.close();
  const { rm } = await import('node:fs/promises');
  await rm(work, { recursive: true, force: true });
});

const get = (url: string, init?: RequestInit) => fetch(url, init).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), body: await r.text() }));

describe('the page server', () => {
  it('serves the shared files with their content types, under a random path', async () => {
    expect(base).toMatch(new RegExp(`^${server.origin}/[0-9a-f]{24}/$`));
    expect(await get(`${base}print.html`)).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/html/), body: '<!doctype html><title>print</title>' });
    expect(await get(`${base}assets/a%20b.svg`)).toMatchObject({ status: 200, type: expect.stringMatching(/^image\/svg\+xml/) });
    expect((await fetch(`${base}print.html`, { method: 'HEAD' })).status).toBe(200);
  });

  it('serves nothing outside them', async () => {
    const share = base.slice(server.origin.length, -1);
    for (const path of [
      `${share}/../other/secret.txt`,
      `${share}/%2e%2e/other/secret.txt`,
      `${share}/%252e%252e/%252e%252e/outside.txt`,
      `${share}/link.txt`,
      `${share}/other-folder/secret.txt`,
      `${share}/.hidden`,
      `${share}/empty/`,
      `${share}/`,
      `/${'0'.repeat(24)}/print.html`,
      '/print.html',
      '/',
    ]) {
      // A raw request line: fetch() would resolve the dots itself.
      const response = await rawGet(path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body, path).not.toMatch(/SECRET|OUTSIDE|hidden|print\.html|<a /);
    }
  });

  it('answers GET and HEAD only, and only to its own host name on loopback', async () => {
    expect((await get(`${base}print.html`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await rawGet(`${base.slice(server.origin.length)}print.html`, 'evil.example')).status).toBe(403);
  });

  it('is gone once closed', async () => {
    const other = await startPageServer('127.0.0.1');
    const url = await other.share(join(work, 'dist/deck'));
    await other.close();
    await expect(fetch(`${url}print.html`)).rejects.toThrow();
  });
});

/** GET `path` exactly as written (no URL normalisation), with a Host header. */
async function rawGet(path: string, host = new URL(server.origin).host): Promise<{ status: number; body: string }> {
  const { request } = await import('node:http');
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
