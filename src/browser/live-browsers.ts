/**
 * The browsers deckpress started and has not closed yet, so that the CLI can
 * end them synchronously when a signal stops the program (library code installs
 * no signal handler: src/cli/signals.ts does, and calls killAllBrowsers()).
 */
import { rmSync } from 'node:fs';

export interface OwnedBrowser {
  /** The browser's process id; it leads a process group that holds every helper. */
  pid: number | undefined;
  profile: string;
}

const live = new Set<OwnedBrowser>();

export function trackBrowser(owned: OwnedBrowser): () => void {
  live.add(owned);
  return () => live.delete(owned);
}

/** Kills the browser's whole process group (helpers included); no-op when it is gone. */
export function killProcessGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Kills every browser still running and removes its profile, synchronously (for a program on its way out). */
export function killAllBrowsers(): void {
  for (const owned of live) {
    killProcessGroup(owned.pid);
    rmSync(owned.profile, { recursive: true, force: true, maxRetries: 3 });
  }
  live.clear();
}
