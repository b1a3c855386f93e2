/** deckpress starts Chrome itself (before puppeteer loads) with puppeteer's own flags, and speaks its pipe protocol. */
import { PassThrough } from 'node:stream';
import puppeteer from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { PipeTransport } from '../../../src/browser/pipe-transport.js';
import { mergeFeatureLists, PUPPETEER_ARGS } from '../../../src/browser/spawn-browser.js';

describe('spawnBrowser', () => {
  it('passes the flags puppeteer.launch() would (besides headless mode and the page to open)', () => {
    const theirs = puppeteer.defaultArgs({ headless: true }).filter((a) => !a.startsWith('--headless') && a !== 'about:blank');
    expect([...PUPPETEER_ARGS].sort()).toEqual(theirs.sort());
  });
});

describe('PipeTransport', () => {
  it('sends NUL-terminated messages and reassembles ones split across chunks', async () => {
    const toBrowser = new PassThrough();
    const fromBrowser = new PassThrough();
    const transport = new PipeTransport(toBrowser, fromBrowser);
    const received: string[] = [];
    transport.onmessage = (m) => received.push(m);
    transport.send('{"id":1}');
    expect(toBrowser.read().toString()).toBe('{"id":1}\0');
    fromBrowser.write('{"a":"é');
    fromBrowser.write(Buffer.from('"}\0{"b":2}\0{"c"'));
    fromBrowser.write(':3}\0');
    await new Promise((r) => setTimeout(r, 20));
    expect(received).toEqual(['{"a":"é"}', '{"b":2}', '{"c":3}']);
    let closed = false;
    transport.onclose = () => (closed = true);
    fromBrowser.destroy();
    await new Promise((r) => setTimeout(r, 20));
    expect(closed).toBe(true);
  });
});

describe('PipeTransport.whenReady', () => {
  it('asks the browser for its version and settles on that answer only, leaving the pipe to puppeteer', async () => {
    const toBrowser = new PassThrough();
    const fromBrowser = new PassThrough();
    const transport = new PipeTransport(toBrowser, fromBrowser);
    let ready = false;
    const waiting = transport.whenReady().then(() => (ready = true));
    const asked = JSON.parse(toBrowser.read().toString().replace(/\0$/, '')) as { id: number; method: string };
    expect(asked.method).toBe('Browser.getVersion');
    fromBrowser.write('{"id":1,"result":{}}\0');
    await new Promise((r) => setTimeout(r, 20));
    expect(ready).toBe(false);
    fromBrowser.write(`{"id":${asked.id},"result":{"product":"Chrome/156"}}\0`);
    await waiting;
    expect(transport.onmessage).toBeUndefined();
  });
});

describe('mergeFeatureLists', () => {
  it('joins every --disable-features and --enable-features into one of each, where the first was', () => {
    expect(mergeFeatureLists(['--a', '--disable-features=X,Y', '--enable-features=P', '--b', '--disable-features=Y,Z', 'about:blank'])).toEqual([
      '--a', '--disable-features=X,Y,Z', '--enable-features=P', '--b', 'about:blank',
    ]);
  });
});
