/**
 * --browser-url, DECKPRESS_BROWSER_URL and --serve-host through the real CLI,
 * without a browser: malformed values are usage errors (exit 2) on every command
 * that takes them; an endpoint that refuses or never answers (within --timeout)
 * is the diagnostic BrowserUnreachable, exit 1, and no PDF is written.
 */
import { readdir } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { removeTmpDeck, writeTmpDeck } from '../helpers/tmp-deck.js';

let deckDir: string;
/** Accepts connections and never answers, like a firewalled or hung pool. */
let silent: Server;
const held: Socket[] = [];

beforeAll(async () => {
  deckDir = await writeTmpDeck({ 'sections/01-a.md': '---\ntitle: A\n---\n\n---\n\n# One slide\n' });
  silent = createServer((socket) => void held.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const socket of held) socket.destroy();
  silent.close();
  await removeTmpDeck(deckDir);
});

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const pdfsIn = async (out: string) => (await readdir(join(out, 'deck')).catch(() => [] as string[])).filter((f) => f.endsWith('.pdf'));

describe('--browser-url', () => {
  it.each([
    [['pdf'], ['--browser-url', 'localhost:9222'], /--browser-url is the http:\/\/host:port .* not "localhost:9222"/],
    [['build', '--pdf'], ['--browser-url', 'ftp://pool:21'], /--browser-url is the http:\/\/host:port/],
    [['lint', '--render'], ['--browser-url', 'not a url'], /--browser-url is the http:\/\/host:port/],
    [['pdf'], ['--serve-host', '10.0.0.5'], /--serve-host .* needs --browser-url/],
    [['pdf'], ['--browser-url', 'http://127.0.0.1:9222', '--serve-host', 'http://10.0.0.5'], /--serve-host is a host name or IP address/],
    [['pdf'], ['--browser-url', 'http://127.0.0.1:9222', '--serve-host', '300.1.2.3'], /--serve-host is a host name or IP address/],
    [['pdf'], ['--browser-url', 'ws://127.0.0.1:9222', '--browser-path', '/usr/bin/chromium'], /--browser-path and --browser-url name two browsers/],
  ])('%j %j: usage error, exit 2', async (command, flags, message) => {
    const out = command[0] === 'lint' ? [] : ['--out', join(deckDir, '..', 'out-usage')];
    const result = await runCli([...command, deckDir, ...out, ...flags]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(await pdfsIn(join(deckDir, '..', 'out-usage'))).toEqual([]);
  });

  it('diff --report takes the same flags', async () => {
    const result = await runCli(['diff', deckDir, deckDir, '--report', join(deckDir, '..', 'report'), '--browser-url', 'chrome:9222']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--browser-url is the http:\/\/host:port/);
  });

  it('names DECKPRESS_BROWSER_URL when the bad value comes from there', async () => {
    const result = await runCli(['pdf', deckDir, '--out', join(deckDir, '..', 'out-env')], undefined, { DECKPRESS_BROWSER_URL: 'pool:3000' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/DECKPRESS_BROWSER_URL is the http:\/\/host:port .* not "pool:3000"/);
  });

  it('an endpoint that refuses: BrowserUnreachable with a hint, exit 1, no PDF', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const out = join(deckDir, '..', 'out-refused');
    const result = await runCli(['pdf', deckDir, '--out', out, '--browser-url', url]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`error +BrowserUnreachable +Could not connect to the browser at "${url}", so no PDF was made: .*(ECONNREFUSED|fetch failed)`));
    expect(result.stderr).toMatch(/hint: Check that the browser runs and listens there/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await pdfsIn(out)).toEqual([]);
  });

  it('an endpoint that never answers: BrowserUnreachable once --timeout has passed', async () => {
    const url = `ws://127.0.0.1:${(silent.address() as { port: number }).port}/devtools/browser/x`;
    const out = join(deckDir, '..', 'out-silent');
    const result = await runCli(['pdf', deckDir, '--out', out, '--browser-url', url, '--timeout', '2']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error +BrowserUnreachable .*no answer within 2 s/);
    expect(await pdfsIn(out)).toEqual([]);
  });

  it('a --serve-host this machine does not have: ServeHostUnavailable, exit 1', async () => {
    const result = await runCli(['pdf', deckDir, '--out', join(deckDir, '..', 'out-host'), '--browser-url', 'http://127.0.0.1:9', '--serve-host', '192.0.2.1']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error +ServeHostUnavailable +Could not serve the pages to the lent browser on --serve-host "192.0.2.1"/);
  });
});
