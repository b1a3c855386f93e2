/**
 * One copy of each picture. pptxgenjs gives every slide its own copy of an SVG and
 * its fallback, even when 200 slides show the same figure; here each distinct file
 * is kept once and the relationships of the slides that show it point to that copy.
 */
import { createHash } from 'node:crypto';
import { strFromU8, strToU8 } from 'fflate';

const MEDIA = /^ppt\/media\/([^/]+)$/;

/** Changes `parts` in place. */
export function dedupeMedia(parts: Record<string, Uint8Array>): void {
  const first = new Map<string, string>();
  const replaced = new Map<string, string>();
  for (const [name, data] of Object.entries(parts)) {
    const media = MEDIA.exec(name);
    if (!media) continue;
    const key = `${name.slice(name.lastIndexOf('.'))}:${createHash('sha1').update(data).digest('hex')}`;
    const kept = first.get(key);
    if (kept === undefined) first.set(key, media[1]!);
    else {
      replaced.set(media[1]!, kept);
      delete parts[name];
    }
  }
  if (replaced.size === 0) return;
  for (const name of Object.keys(parts)) {
    if (!name.endsWith('.rels')) continue;
    const xml = strFromU8(parts[name]!);
    const rewritten = xml.replace(/Target="\.\.\/media\/([^"]+)"/g, (whole, file: string) => {
      const kept = replaced.get(file);
      return kept ? `Target="../media/${kept}"` : whole;
    });
    if (rewritten !== xml) parts[name] = strToU8(rewritten);
  }
}
