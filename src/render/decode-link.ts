/**
 * Decoding what a link or image names, written once: a malformed escape
 * (`#%E0%A4`, `a%zz.png`) is left as written, so it is reported as a slide or
 * file that does not exist, at its place, never as a crash.
 */

/** The slide id a `#id` link names (`href` without its `#`). */
export function linkedSlideId(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

/** A relative path as written in Markdown (`my%20chart.png`), decoded. */
export function decodeSafe(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
