/**
 * How a lent browser (a pool on another machine or in a container, which cannot
 * read this machine's files) loads the pages of one export: a short-lived HTTP
 * server on --serve-host (a free port), serving only the folders shared with it,
 * each under a random path. GET and HEAD only, no directory listing, no hidden
 * files, no symbolic link out of a shared folder; closed with the browser's session.
 */
import { randomBytes } from 'node:crypto';
import { realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { isAllowedHost, safeRequestPath } from '../emit/safe-path.js';
import { isInside } from '../load/is-inside.js';

export interface PageServer {
  /** http://host:port, as the browser reaches it. */
  origin: string;
  /** Serves the files under `root` at the returned URL (it ends with a slash). */
  share(root: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts the server on `host`, port chosen by the system; rejects when `host` cannot be bound. */
export async function startPageServer(host: string): Promise<PageServer> {
  const shares = new Map<string, { root: string; files: ReturnType<typeof sirv> }>();
  const server = createServer((req, res) => {
    handle(req, res).catch(() => (res.headersSent ? res.destroy() : reply(res, 500)));
  });
  // A page left open by a failed job must not keep the export from ending.
  server.keepAliveTimeout = 1_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405);
    if (!isAllowedHost(req.headers.host, host)) return reply(res, 403);
    const raw = req.url ?? '/';
    const path = safeRequestPath(raw);
    const token = path?.split('/')[1] ?? '';
    const share = shares.get(token);
    if (path === undefined || !share) return reply(res, 404);
    const file = await realpath(join(share.root, path.slice(token.length + 1))).catch(() => undefined);
    if (!file || !isInside(file, share.root, { orSame: false }) || !(await isFile(file))) return reply(res, 404);
    req.url = raw.slice(token.length + 1);
    share.files(req, res, () => reply(res, 404));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    origin,
    async share(root) {
      const real = await realpath(root);
      const token = randomBytes(12).toString('hex');
      shares.set(token, { root: real, files: sirv(real, { dev: true, dotfiles: false, extensions: [] }) });
      return `${origin}/${token}/`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

function reply(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(status === 405 ? 'Method not allowed.\n' : status === 403 ? 'Forbidden.\n' : 'Not found.\n');
}
