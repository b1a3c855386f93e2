/**
 * Starts Chrome as puppeteer.launch() would, but without puppeteer: importing it
 * takes ~0.2 s of the main thread, and the browser needs ~0.4 s to start, so
 * spawning first lets both happen while the decks build (measured: see
 * docs/pdf-engine.md). puppeteer then connects over the pipe (launch-browser.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { PipeTransport } from './pipe-transport.js';

/**
 * puppeteer 24's defaultArgs({ headless: true }) without the page and profile
 * arguments (a test keeps the two lists equal).
 */
export const PUPPETEER_ARGS = [
  '--allow-pre-commit-input', '--disable-background-networking', '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows', '--disable-breakpad', '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages', '--disable-crash-reporter', '--disable-default-apps',
  '--disable-dev-shm-usage', '--disable-hang-monitor', '--disable-infobars', '--disable-ipc-flooding-protection',
  '--disable-popup-blocking', '--disable-prompt-on-repost', '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen', '--disable-sync', '--enable-automation', '--export-tagged-pdf',
  '--force-color-profile=srgb', '--generate-pdf-document-outline', '--metrics-recording-only', '--no-first-run',
  '--password-store=basic', '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif', '--hide-scrollbars', '--mute-audio', '--disable-extensions',
];

export interface SpawnedBrowser {
  process: ChildProcess;
  transport: PipeTransport;
  /** Settles when the process exits: its code or signal, and what it wrote to stderr. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** `profile` is the browser's user data folder, and its TMPDIR: a killed browser leaves nothing elsewhere. */
export function spawnBrowser(path: string, extraArgs: string[], headlessShell: boolean, profile: string): SpawnedBrowser {
  const args = mergeFeatureLists([...PUPPETEER_ARGS, headlessShell ? '--headless' : '--headless=new', ...extraArgs, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank']);
  // Its own process group, so every helper process can be killed with it.
  const env = { ...process.env, TMPDIR: profile };
  const child = spawn(path, args, { detached: process.platform !== 'win32', env, stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    if (stderr.length < 8_000) stderr += text;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, stderr: stderr || error.message }));
    child.once('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
  const stdio = child.stdio as unknown as [null, null, Readable, Writable, Readable];
  return { process: child, transport: new PipeTransport(stdio[3], stdio[4]), exited };
}

/**
 * Chrome honours only the last --disable-features (and --enable-features): several
 * lists, puppeteer's and ours, become one, where the first of them was.
 */
export function mergeFeatureLists(args: string[]): string[] {
  const out: string[] = [];
  const lists = new Map<string, string[]>();
  for (const arg of args) {
    const [flag, value] = arg.split('=', 2) as [string, string | undefined];
    if ((flag !== '--disable-features' && flag !== '--enable-features') || value === undefined) {
      out.push(arg);
      continue;
    }
    const list = lists.get(flag);
    if (list) list.push(...value.split(','));
    else {
      const created = value.split(',');
      lists.set(flag, created);
      out.push(flag);
    }
  }
  return out.map((arg) => (lists.has(arg) ? `${arg}=${[...new Set(lists.get(arg))].join(',')}` : arg));
}
