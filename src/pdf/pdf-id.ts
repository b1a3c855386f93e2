/**
 * A deterministic file identifier (§14.4): both halves of /ID are the MD5 of
 * the file as written with a placeholder in their place, so the same content
 * always gives the same bytes. Shared by both post-processing paths.
 */
import { createHash } from 'node:crypto';

/** Written as both halves of /ID (hex), then replaced in place by stampId. */
export const ID_PLACEHOLDER = 'DEC0DE'.repeat(5) + 'DE';

export function stampId(bytes: Uint8Array): Uint8Array {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const digest = createHash('md5').update(buffer).digest('hex').toUpperCase();
  const placeholder = Buffer.from(`<${ID_PLACEHOLDER}>`, 'latin1');
  const value = Buffer.from(`<${digest}>`, 'latin1');
  let at = buffer.lastIndexOf(placeholder);
  for (let n = 0; n < 2 && at >= 0; n++) {
    value.copy(buffer, at);
    at = buffer.lastIndexOf(placeholder, at - 1);
  }
  return buffer;
}
