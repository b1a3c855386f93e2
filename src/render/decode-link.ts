/**
 * Reading what a link or image names, written once. A malformed escape
 * (`#%E0%A4`, `a%zz.png`) is left as written, so it is reported as a slide or
 * file that does not exist, at its place, never as a crash.
 */

/** The slide id a `#id` link names (`href` without its `#`). */
export function linkedSlideId(id: string): string {
  return decodeOrKeep(id);
}

/**
 * The file a relative link or image source names, and the `?query#fragment` after it:
 * `my%20chart.png` → `my chart.png`, `q%231.csv#row=2` → `q#1.csv` and `#row=2`.
 * The path is cut at its first raw `?` or `#` before it is decoded: a file whose
 * name has one is written with it escaped (`%23`), as in any URL. Each part between
 * slashes is decoded on its own, and one that would decode to a `/` (`a%2Fb`) is kept
 * as written: no file name holds a slash, and a browser does not read it as a folder.
 */
export function writtenPath(target: string): { path: string; suffix: string } {
  const cut = target.search(/[?#]/);
  const path = (cut < 0 ? target : target.slice(0, cut))
    .split('/')
    .map((part) => {
      const decoded = decodeOrKeep(part);
      return decoded.includes('/') ? part : decoded;
    })
    .join('/');
  return { path, suffix: cut < 0 ? '' : target.slice(cut) };
}

/** A path of the deck as a relative URL: each part escaped (`q#1 a.csv` → `q%231%20a.csv`), the inverse of writtenPath. */
export function pathUrl(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * A target as the author typed it, for finding it in the source: markdown-it
 * percent-encodes what it parses (`my chart.png` becomes `my%20chart.png`), which
 * decodeURI undoes while leaving escapes of `#`, `?` and `/` alone.
 */
export function typedTarget(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
