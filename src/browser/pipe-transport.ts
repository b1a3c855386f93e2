/**
 * The DevTools protocol over Chrome's --remote-debugging-pipe (fd 3 in, fd 4 out):
 * JSON messages, each ended by a NUL byte. puppeteer.connect() takes it as its
 * transport, so deckpress can start the browser itself without importing puppeteer.
 */
import type { Readable, Writable } from 'node:stream';

/** puppeteer's ConnectionTransport. */
export interface Transport {
  send(message: string): void;
  close(): void;
  onmessage?: (message: string) => void;
  onclose?: () => void;
}

export class PipeTransport implements Transport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  private pending: Buffer[] = [];
  private closed = false;

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk));
    fromBrowser.on('close', () => this.onclose?.());
    // A browser that dies mid-write is reported by 'close' and by the process exit.
    fromBrowser.on('error', () => undefined);
    toBrowser.on('error', () => undefined);
  }

  /**
   * Settles when the browser answers its first message: before that, puppeteer's
   * calls would count Chrome's start-up against their time limit (--timeout).
   * Called before puppeteer connects; the id is one puppeteer never uses.
   */
  whenReady(): Promise<void> {
    const id = 2 ** 31 - 1;
    return new Promise((resolve) => {
      this.onmessage = (message) => {
        if (!message.startsWith(`{"id":${id},`)) return;
        this.onmessage = undefined;
        resolve();
      };
      this.send(JSON.stringify({ id, method: 'Browser.getVersion' }));
    });
  }

  send(message: string): void {
    if (this.closed) return;
    this.toBrowser.write(`${message}\0`);
  }

  close(): void {
    this.closed = true;
    this.toBrowser.end();
  }

  private receive(chunk: Buffer): void {
    this.pending.push(chunk);
    if (chunk.indexOf(0) === -1) return;
    const buffer = Buffer.concat(this.pending);
    let start = 0;
    for (let end = buffer.indexOf(0); end !== -1; end = buffer.indexOf(0, start)) {
      const message = buffer.toString('utf8', start, end);
      // Like puppeteer's own pipe: deliver on a later tick, in order.
      setImmediate(() => this.onmessage?.(message));
      start = end + 1;
    }
    this.pending = start < buffer.length ? [buffer.subarray(start)] : [];
  }
}
