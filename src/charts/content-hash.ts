/**
 * A 128-bit key for cache entries: CRC-32 (zlib) and the two 32-bit lanes of
 * cyrb53 over the text, and its length. Not cryptographic: it tells apart inputs
 * that differ by accident, which is all a local cache needs, and loading
 * node:crypto for SHA-256 alone cost ~4 ms of every build with charts.
 */
import zlib from 'node:zlib';

export const CONTENT_HASH = /^[0-9a-f]{32}$/;

export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // zlib.crc32 is in Node ≥ 20.15; before that the key has 96 bits that vary.
  const crc = zlib.crc32?.(text) ?? 0;
  return [crc, h1, h2, text.length].map((n) => (n >>> 0).toString(16).padStart(8, '0')).join('');
}
