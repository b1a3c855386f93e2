/** `deckpress pdf` stopped by a signal mid-export: the exit code says which, and no Chromium is left running. */
import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../helpers/chromium.js';
import { REPO_ROOT } from '../helpers/repo-root.js';
import { eventuallyEmpty, liveBrowserProcesses, wrapBrowser } from './helpers/browser-processes.js';
import { writeMiniDeck } from '../unit/serve/mini-deck.js';

describe('deckpress pdf and signals', () => {
  it.each([['SIGTERM', 143], ['SIGINT', 130], ['SIGHUP', 129]] as const)('on %s while the browser runs: exit %i, no browser, no PDF', async (signal, code) => {
    const { project, deckDir } = await writeMiniDeck();
    const browser = await wrapBrowser(project, CHROMIUM_PATH);
    const out = join(project, `out-${signal}`);
    const child = spawn(process.execPath, [`${REPO_ROOT}/bin/deckpress.js`, 'pdf', deckDir, '--out', out], { cwd: project, env: { ...process.env, CHROME_PATH: browser.path } });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (c, s) => resolve({ code: c, signal: s })));
    try {
      // Signalled as soon as the browser has started.
      let launched: number[] = [];
      for (const end = Date.now() + 20_000; launched.length === 0 && Date.now() < end; await new Promise((r) => setTimeout(r, 20))) launched = await browser.pids();
      expect(launched).toHaveLength(1);
      child.kill(signal);
      expect(await exited).toEqual({ code, signal: null });
      expect(await eventuallyEmpty(() => liveBrowserProcesses(launched))).toEqual([]);
      const written = await readdir(join(out, 'mini')).catch(() => []);
      expect(written.filter((f) => f.endsWith('.pdf'))).toEqual([]);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await rm(project, { recursive: true, force: true });
    }
  });
});
