import { defineCodes } from './define.js';

const GET_A_BROWSER =
  'Get one with `npx @puppeteer/browsers install chrome-headless-shell@stable --path ~/.cache/puppeteer` ' +
  '(or `apt-get install chromium` on Debian and Ubuntu), or point deckpress at one with --browser-path or CHROME_PATH.';

/** Browser discovery and PDF export (owned by src/pdf). Most are not tied to a file position: see src/diagnostics/pdf-error.ts. */
export const pdfCodes = defineCodes({
  BrowserNotFound: {
    severity: 'error',
    message: (p: { searched: string }) =>
      `No Chrome, Chromium or Edge was found to print the PDF. Searched: ${p.searched}.`,
    hint: () => GET_A_BROWSER,
  },
  BrowserPathInvalid: {
    severity: 'error',
    message: (p: { path: string; source: string }) =>
      `The browser "${p.path}" given by ${p.source} does not exist or is not executable, so no PDF was made.`,
    hint: () => `Give the path of a Chrome, Chromium or Edge executable. ${GET_A_BROWSER}`,
  },
  BrowserLaunchFailed: {
    severity: 'error',
    message: (p: { path: string; detail: string }) => `The browser "${p.path}" did not start, so no PDF was made: ${p.detail}`,
    hint: () =>
      'Run `deckpress doctor` to check the browser. Chromium needs its shared libraries (on Debian `apt-get install chromium` brings them).',
  },
  BrowserCrashed: {
    severity: 'error',
    message: (p: { label: string; detail: string }) =>
      `The browser crashed while printing "${p.label}" and again on the retry, so no PDF was written: ${p.detail}`,
    hint: () => 'Very large decks need memory: close other programs or export fewer decks at once with --concurrency 1.',
  },
  BrowserUnreachable: {
    severity: 'error',
    message: (p: { url: string; detail: string }) => `Could not connect to the browser at "${p.url}", so no PDF was made: ${p.detail}`,
    hint: () =>
      'Check that the browser runs and listens there (e.g. `chromium --headless --remote-debugging-address=0.0.0.0 --remote-debugging-port=9222`, ' +
      'or a browserless container) and that --browser-url (or DECKPRESS_BROWSER_URL) names its http://host:port or its ws:// endpoint.',
  },
  BrowserConnectionLost: {
    severity: 'error',
    message: (p: { label: string; url: string; detail: string }) =>
      `The connection to the browser at "${p.url}" dropped while printing "${p.label}", and the one retry failed too, so no PDF was written: ${p.detail}`,
    hint: () =>
      'The last good PDF was kept. Look at the browser pool\'s logs (out of memory, a session time limit, a restart) and run again, ' +
      'or print locally without --browser-url.',
  },
  ServeHostUnavailable: {
    severity: 'error',
    message: (p: { host: string; detail: string }) =>
      `Could not serve the pages to the lent browser on --serve-host "${p.host}", so no PDF was made: ${p.detail}`,
    hint: () =>
      'Give --serve-host an address of this machine that the browser can reach (the default, 127.0.0.1, suits a browser on the same machine or network namespace).',
  },
  PdfTimeout: {
    severity: 'error',
    message: (p: { label: string; seconds: number; phase: string }) =>
      `Printing "${p.label}" took longer than ${p.seconds} s (stopped while ${p.phase}), so no PDF was written.`,
    hint: () => 'Give it more time with --timeout <seconds>, or export fewer decks at once with --concurrency 1.',
  },
  PdfExportFailed: {
    severity: 'error',
    message: (p: { label: string; detail: string }) => `Printing "${p.label}" failed, so no PDF was written: ${p.detail}`,
    hint: () => 'Run `deckpress doctor` to check the browser; if it reports no problem, please report this with the deck.',
  },
  PageCountMismatch: {
    severity: 'error',
    message: (p: { label: string; expected: number; actual: number; where: string }) =>
      `"${p.label}": the ${p.where} has ${p.actual} pages but the deck has ${p.expected}, so no PDF was written.`,
    hint: () =>
      'Each page of print.html must be one 1280×720 top-level <section> with overflow hidden; content that spills makes extra pages.',
  },
  PrintFileNotFound: {
    severity: 'error',
    message: (p: { path: string }) => `The print document "${p.path}" does not exist, so no PDF was made.`,
    hint: () => 'Rebuild the deck with `deckpress build --pdf`; the build writes print.html beside index.html.',
  },
  PdfWriteFailed: {
    severity: 'error',
    message: (p: { path: string; detail: string }) => `Cannot write "${p.path}": ${p.detail}`,
    hint: () => 'Check that the output folder is writable and the PDF is not open in a program that locks it.',
  },
  InvalidPdfJob: {
    severity: 'error',
    message: (p: { label: string; detail: string }) => `"${p.label}": ${p.detail}`,
    hint: () => 'This is a deckpress bug; please report it with the deck that triggers it.',
  },
  RemoteRequestBlocked: {
    severity: 'warning',
    message: (p: { label: string; count: number; urls: string }) =>
      `"${p.label}": ${p.count} request${p.count === 1 ? '' : 's'} to the network ${p.count === 1 ? 'was' : 'were'} blocked while printing (${p.urls}); the PDF shows them missing.`,
    hint: () => 'PDFs are made offline from local files only: put the file in the deck\'s assets/ folder and reference it from there.',
  },
  LocalFileMissing: {
    severity: 'warning',
    message: (p: { label: string; count: number; urls: string }) =>
      `"${p.label}": ${p.count} local file${p.count === 1 ? '' : 's'} the print document uses could not be read (${p.urls}).`,
    hint: () => 'Rebuild the deck; if the files are still missing, check the paths in the slides and the theme.',
  },
  FileRequestBlocked: {
    severity: 'warning',
    message: (p: { where: string; url: string }) =>
      `${p.where}: "${p.url}" is outside the deck's built output, so printing did not read it; the PDF shows it missing.`,
    hint: () =>
      "Printing reads only the deck's own files, its theme and fonts: put the file in the deck's assets/ folder and reference it from there.",
  },
  DialogDismissed: {
    severity: 'warning',
    message: (p: { where: string; dialog: string }) => `${p.where}: a script opened a dialog while printing (${p.dialog}); it was dismissed.`,
    hint: () => 'Nobody is there to click while a PDF prints: remove alert, confirm and prompt from the slide\'s script.',
  },
  PdfPostProcessUnsupported: {
    severity: 'error',
    message: (p: { label: string; producer: string; detail: string }) =>
      `"${p.label}": the browser's PDF (made by ${p.producer}) is laid out in a way deckpress cannot post-process (${p.detail}), so no PDF was written.`,
    hint: () =>
      'deckpress reads the PDFs of Chrome and Chromium 120 and later; run `deckpress doctor`, try another browser with --browser-path, and please report this with the browser version.',
  },
  FontsMissing: {
    severity: 'warning',
    message: (p: { deck: string; count: number; sample: string }) =>
      `"${p.deck}" uses ${p.count} character${p.count === 1 ? '' : 's'} that no installed font has (${p.sample}); they print as empty boxes.`,
    hint: (p: { deck: string; count: number; sample: string; install: string }) => p.install,
  },
});
