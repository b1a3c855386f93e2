/**
 * The DevTools protocol over a WebSocket, to a lent browser, for puppeteer.connect()
 * (it takes it as its transport, as it takes the pipe of a launched browser). Opened
 * here rather than by puppeteer so that the time limit covers the whole connection,
 * handshake included, and a browser that never answers is cut off: a socket left
 * waiting would hold the process open after the error is reported.
 */
import type { Transport } from './pipe-transport.js';

/** puppeteer's own limit for one message (a printed PDF comes back as one). */
const MAX_PAYLOAD = 256 * 1024 * 1024;

/** Connects to `url` (ws:// or wss://); rejects with `signal`'s reason when it aborts first. */
export async function openWebSocket(url: string, signal: AbortSignal): Promise<Transport> {
  const { default: WebSocket } = await import('ws');
  // As puppeteer's own transport: one message per event, in order; no compression.
  const socket = new WebSocket(url, [], { perMessageDeflate: false, allowSynchronousEvents: false, maxPayload: MAX_PAYLOAD, followRedirects: true });
  await new Promise<void>((resolve, reject) => {
    const abort = () => {
      socket.terminate();
      reject(signal.reason);
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    socket.once('open', () => {
      signal.removeEventListener('abort', abort);
      resolve();
    });
    socket.once('error', (error) => {
      signal.removeEventListener('abort', abort);
      reject(error);
    });
  });
  // Errors after the handshake end in 'close', which puppeteer reports as a disconnection.
  socket.on('error', () => undefined);
  const transport: Transport = {
    send: (message) => socket.send(message),
    // Not a closing handshake: a browser that has stopped answering would keep the socket open for 30 s.
    close: () => socket.terminate(),
  };
  socket.on('message', (data: Buffer) => transport.onmessage?.(data.toString('utf8')));
  socket.on('close', () => transport.onclose?.());
  return transport;
}

/** The browser's ws:// endpoint: `url` itself, or what http://host:port/json/version names. */
export async function webSocketEndpoint(url: string, signal: AbortSignal): Promise<string> {
  if (/^wss?:/i.test(url)) return url;
  const version = new URL('/json/version', url).href;
  const response = await fetch(version, { signal });
  if (!response.ok) throw new Error(`${version} answered HTTP ${response.status}`);
  const { webSocketDebuggerUrl } = (await response.json().catch(() => ({}))) as { webSocketDebuggerUrl?: unknown };
  if (typeof webSocketDebuggerUrl !== 'string') throw new Error(`${version} names no webSocketDebuggerUrl: is it a browser's DevTools endpoint?`);
  return webSocketDebuggerUrl;
}
