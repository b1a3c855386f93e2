import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import type { EventHub } from './event-hub.js';
import { CLIENT_PATH, DEV_PREFIX, EVENTS_PATH, injectClient, waitingPage } from './inject-client.js';
import { isAllowedHost, safeRequestPath } from '../emit/safe-path.js';

export interface DevHandlerOptions {
  /** The deck's output folder: the only files served. */
  outDir: string;
  deckName: string;
  /** The address the server is bound to (requests for other host names are refused on loopback). */
  host: string;
  hub: EventHub;
  clientScript: string;
  /** The build the output folder holds (0: none yet). */
  buildId(): number;
  /** What a page is told when it connects. */
  hello(): unknown;
  /** Path of the current PDF, exported on demand. */
  pdf(): Promise<string>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Routes of the dev server: its own client and event stream, the deck's PDF,
 * pages (with the client added) and the output's files through sirv. No
 * directory listing, nothing outside the output folder, GET and HEAD only.
 */
export function createDevHandler(options: DevHandlerOptions): Handler {
  const files = sirv(options.outDir, { dev: true, etag: true, dotfiles: false });
  const pdfPath = `/${options.deckName}.pdf`;
  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) text(res, 500, `deckpress dev: ${(error as Error).message}`);
      else res.destroy();
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Method not allowed.', { allow: 'GET, HEAD' });
    if (!isAllowedHost(req.headers.host, options.host)) return text(res, 403, 'Unknown host name for this dev server.');
    const path = safeRequestPath(req.url ?? '/');
    if (path === undefined) return text(res, 403, 'Forbidden.');
    if (path === EVENTS_PATH) return options.hub.attach(res, options.hello());
    if (path === CLIENT_PATH) return sendFile(res, options.clientScript, 'text/javascript; charset=utf-8');
    if (path.startsWith(DEV_PREFIX)) return text(res, 404, 'Not found.');
    if (path === pdfPath) return sendPdf(res);
    const local = join(options.outDir, path);
    if (path.endsWith('/') || path.endsWith('/index.html')) return sendPage(res, path, path.endsWith('/') ? join(local, 'index.html') : local);
    // A variant folder asked without its slash: its relative links need the slash.
    if (await isDirectory(local)) return redirect(res, `/${encodeURI(path.replace(/^\/+/, ''))}/`);
    files(req, res, () => text(res, 404, 'Not found.'));
  }

  async function sendPage(res: ServerResponse, path: string, file: string): Promise<void> {
    const buildId = options.buildId();
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      if (path !== '/' && path !== '/index.html') return text(res, 404, 'Not found.');
      html = waitingPage(options.deckName);
    }
    const body = injectClient(html, buildId);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  async function sendPdf(res: ServerResponse): Promise<void> {
    let file: string;
    try {
      file = await options.pdf();
    } catch (error) {
      const { code, message, hint, status } = error as { code?: unknown; message?: string; hint?: unknown; status?: number };
      const detail = [typeof code === 'string' ? `${code}: ${message}` : message, typeof hint === 'string' ? `hint: ${hint}` : ''].filter(Boolean).join('\n');
      return text(res, status ?? 500, `deckpress dev could not export the PDF.\n${detail}`);
    }
    return sendFile(res, file, 'application/pdf');
  }
}

async function sendFile(res: ServerResponse, file: string, type: string): Promise<void> {
  const { size } = await stat(file);
  res.writeHead(200, { 'content-type': type, 'content-length': size, 'cache-control': 'no-store' });
  if (res.req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

function text(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(`${body}\n`);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { location, 'cache-control': 'no-store' });
  res.end();
}

function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}
