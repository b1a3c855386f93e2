/**
 * Which browser a command uses, the same flags on pdf, build --pdf, lint --render
 * and diff --report: one found on this machine (--browser-path), or one lent by a
 * browser pool (--browser-url, DECKPRESS_BROWSER_URL) that loads the pages from a
 * server on --serve-host.
 */
import { isIP } from 'node:net';
import type { BrowserChoice } from '../browser/start-browser.js';
import { UsageError } from './usage-error.js';

export const BROWSER_FLAGS = {
  'browser-path': { type: 'string' },
  'browser-url': { type: 'string' },
  'serve-host': { type: 'string' },
} as const;

export const BROWSER_URL_ENV = 'DECKPRESS_BROWSER_URL';

/** The lines of the commands' help about these flags (after --browser-path's own line). */
export const BROWSER_URL_HELP = `  --browser-url URL   Print in a running browser instead of starting one: the
                      http://host:port of its DevTools endpoint or a ws:// URL
                      (a browser pool); also ${BROWSER_URL_ENV}
  --serve-host H      With --browser-url: the address of this machine the browser
                      loads the pages from (default: 127.0.0.1)`;

interface BrowserFlagValues {
  'browser-path'?: string | undefined;
  'browser-url'?: string | undefined;
  'serve-host'?: string | undefined;
}

/** The flags as a BrowserChoice; a malformed URL or host, or two browsers named, is a usage error. */
export function browserFlagValues(values: BrowserFlagValues, env: NodeJS.ProcessEnv = process.env): Pick<BrowserChoice, 'browserPath' | 'browserUrl' | 'serveHost'> {
  const fromEnv = values['browser-url'] === undefined && !!env[BROWSER_URL_ENV];
  const url = values['browser-url'] ?? (env[BROWSER_URL_ENV] || undefined);
  const source = fromEnv ? BROWSER_URL_ENV : '--browser-url';
  if (url !== undefined) checkBrowserUrl(url, source);
  if (url !== undefined && values['browser-path']) {
    throw new UsageError(`--browser-path and ${source} name two browsers to print with; give one of them.`);
  }
  const host = values['serve-host'];
  if (host !== undefined) {
    if (url === undefined) throw new UsageError(`--serve-host is where a lent browser loads the pages from: it needs --browser-url (or ${BROWSER_URL_ENV}).`);
    if (!isHost(host.replace(/^\[(.*)\]$/, '$1'))) {
      throw new UsageError(`--serve-host is a host name or IP address of this machine (e.g. 10.0.0.5 or runner.local), not "${host}".`);
    }
  }
  return {
    ...(values['browser-path'] ? { browserPath: values['browser-path'] } : {}),
    ...(url !== undefined ? { browserUrl: url } : {}),
    ...(host !== undefined ? { serveHost: host.replace(/^\[(.*)\]$/, '$1') } : {}),
  };
}

function checkBrowserUrl(value: string, source: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^(https?|wss?):$/.test(url.protocol) || !url.hostname) {
    throw new UsageError(
      `${source} is the http://host:port of a running browser's DevTools endpoint (chromium --remote-debugging-port) or its ws:// URL, as browser pools give, not "${value}".`,
    );
  }
}

/** An IP address, or a DNS name that is not made of digits only (a mistyped address). */
function isHost(host: string): boolean {
  if (isIP(host)) return true;
  return /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(host) && !/^[\d.]+$/.test(host);
}
