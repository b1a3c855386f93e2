/**
 * A browser "lent" to deckpress, as a browser pool would: a real Chromium the
 * test starts with --remote-debugging-port=0 on 127.0.0.1 (the port read from
 * its stderr) and the offline flags deckpress itself launches with, or, with
 * `{ offline: false }`, none of them (a pool's browser as it comes). The test
 * ends it with `stop()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import { OFFLINE_ARGS } from '../../../src/browser/offline-flags.js';
import { CHROMIUM_PATH } from '../../helpers/chromium.js';

export interface LentChromium {
  /** ws://127.0.0.1:port/devtools/browser/… */
  ws: string;
  /** http://127.0.0.1:port */
  http: string;
  process: ChildProcess;
  running(): boolean;
  /** URLs of its tabs (/json/list). */
  tabs(): Promise<string[]>;
  /** Ids of its browser contexts besides the default one (Target.getBrowserContexts). */
  contexts(): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startLentChromium(opts: { offline?: boolean } = {}): Promise<LentChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'deckpress-lent-'));
  const args = ['--headless=new', '--disable-gpu', ...(opts.offline === false ? [] : OFFLINE_ARGS), '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  // Its own process group, so that stop() ends its helper processes too: they outlive a
  // killed main process for a moment and keep writing into the profile folder.
  const child = spawn(CHROMIUM_PATH, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ws = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (found) resolve(found[1]!);
    });
    void exited.then(() => reject(new Error(`Chromium exited before listening:\n${stderr}`)));
  });
  const http = `http://${new URL(ws).host}`;
  return {
    ws,
    http,
    process: child,
    running: () => child.exitCode === null && child.signalCode === null,
    tabs: async () => ((await (await fetch(`${http}/json/list`)).json()) as { type: string; url: string }[]).filter((t) => t.type === 'page').map((t) => t.url),
    contexts: async () => {
      const browser = await puppeteer.connect({ browserWSEndpoint: ws });
      try {
        const session = await browser.target().createCDPSession();
        return (await session.send('Target.getBrowserContexts')).browserContextIds;
      } finally {
        await browser.disconnect();
      }
    },
    stop: async () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // The group is gone already.
      }
      await exited;
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

/** Polls `check` until it returns true (or the time is up); returns its last answer. */
export async function eventually(check: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    if (await check()) return true;
  }
  return check();
}
