/**
 * `deckpress dev` as a process: it prints where it serves, answers, and on
 * Ctrl-C (SIGINT) or SIGTERM closes the watcher and the server and exits 0. A
 * port in use is a clear error with exit code 1.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../helpers/chromium.js';
import { startDevProcess } from '../helpers/dev-process.js';
import { runCli } from '../helpers/run-cli.js';
import { eventuallyEmpty, liveBrowserProcesses, wrapBrowser } from './helpers/browser-processes.js';
import { writeMiniDeck } from '../unit/serve/mini-deck.js';

let project: string;
let deckDir: string;

beforeAll(async () => {
  ({ project, deckDir } = await writeMiniDeck());
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

/** The process ids of the wrapped browser's launches, once there is one (or none after 20 s). */
async function launchedBrowsers(pids: () => Promise<number[]>): Promise<number[]> {
  for (const end = Date.now() + 20_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const launched = await pids();
    if (launched.length > 0) return launched;
  }
  return [];
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('deckpress dev (CLI)', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('serves on 127.0.0.1, then on %s stops everything and exits 0', async (signal) => {
    const { child, url, output } = await startDevProcess(deckDir, project);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('/__deckpress/client.js');
      // An open event stream must not keep the server from closing.
      const events = await fetch(`${url}__deckpress/events`);
      expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);

      const exited = exitOf(child);
      const started = Date.now();
      child.kill(signal);
      expect(await exited).toEqual({ code: 0, signal: null });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(output()).toContain('deckpress dev: stopping');
      await expect(fetch(url)).rejects.toThrow();
      await events.body?.cancel().catch(() => undefined);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  // Ctrl-C and SIGTERM both shut the dev server down gracefully: the export in
  // progress is stopped, its browser closed, and dev exits 0.
  it.each([['SIGTERM', 0], ['SIGINT', 0]] as const)('on %s during a PDF export, leaves no browser behind (exit %i)', async (signal, code) => {
    const browser = await wrapBrowser(project, CHROMIUM_PATH);
    const { child, url, output } = await startDevProcess(deckDir, project, { env: { CHROME_PATH: browser.path } });
    try {
      const pdf = fetch(`${url}mini.pdf`).catch(() => undefined);
      const launched = await launchedBrowsers(browser.pids);
      expect(launched).not.toEqual([]);
      const exited = exitOf(child);
      child.kill(signal);
      expect({ ...(await exited), output: output() }).toMatchObject({ code, signal: null });
      await pdf;
      expect(await eventuallyEmpty(() => liveBrowserProcesses(launched))).toEqual([]);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('says which port is in use and exits 1', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    try {
      const result = await runCli(['dev', deckDir, '--port', String(port)], project);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`PortInUse  Port ${port} on 127.0.0.1 is already in use.`);
      expect(result.stderr).toContain('hint:');
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('is listed in the help and has its own', async () => {
    expect((await runCli(['--help'])).stdout).toMatch(/dev\s+Serve a deck, rebuild and reload on every edit/);
    const help = await runCli(['dev', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--port N');
    expect((await runCli(['dev', deckDir, '--port', 'x'], project)).code).toBe(2);
  });
});
