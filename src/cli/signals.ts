/**
 * Signals end the program here, and only here: library code (src/browser, src/pdf)
 * never installs a handler nor exits. A command that runs a browser to completion
 * ends at once on a signal, with the conventional exit code (128 + the signal's
 * number) and no browser left running.
 */
import { killAllBrowsers } from '../browser/live-browsers.js';

export const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

let installed = false;

/** For pdf, lint --render and doctor (installed once, however often called). */
export function exitOnSignals(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of Object.entries(SIGNAL_EXIT_CODES)) {
    process.once(signal, () => {
      killAllBrowsers();
      process.exit(code);
    });
  }
}

/** For dev, which shuts down gracefully: settles on the first SIGINT or SIGTERM. */
export function nextStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}
