/** A URL-safe, lowercase slug of at most `maxWords` words; data references are dropped so ids survive data edits. */
export function slugify(text: string, maxWords = 6): string {
  return text
    .replace(/\{\{[\s\S]*?\}\}/g, ' ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[*_`~[\]()<>!]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}

/** The slide's headline: its first ATX `#` heading outside code fences. */
export function findHeadline(body: string): string | undefined {
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const match = !fenced && /^#\s+(.+?)\s*#*\s*$/.exec(line);
    if (match) return match[1];
  }
  return undefined;
}
