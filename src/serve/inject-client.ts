/** Where the dev server answers with its own files; no deck output lives under it. */
export const DEV_PREFIX = '/__deckpress/';
export const CLIENT_PATH = `${DEV_PREFIX}client.js`;
export const EVENTS_PATH = `${DEV_PREFIX}events`;

/**
 * Adds the live-reload client to a served page, never to the file on disk. The
 * page learns which build it shows, so it can tell a build it missed from the
 * server's hello.
 */
export function injectClient(html: string, buildId: number): string {
  const tag = `<script src="${CLIENT_PATH}" data-build="${buildId}"></script>\n`;
  const at = html.lastIndexOf('</body>');
  return at >= 0 ? html.slice(0, at) + tag + html.slice(at) : html + tag;
}

/** Shown at / before the first good build: the client shows the errors and reloads when they are fixed. */
export function waitingPage(deckName: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${deckName.replace(/[<&>"]/g, '')} — deckpress dev</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; margin: 3em">
<p>deckpress dev: the deck has not built yet. Fix the errors shown and this page reloads.</p>
</body>
</html>
`;
}
