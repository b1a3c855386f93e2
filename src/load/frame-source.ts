import { readFileSync } from 'node:fs';

/**
 * A file's text for a diagnostic's code frame, read when printed; undefined when there
 * is no text to quote (a file gone since, or holding zero bytes: binary, or UTF-16, whose
 * every other byte of Latin text is zero). Invalid UTF-8 is quoted with U+FFFD where it
 * is wrong, so a NotUtf8 frame points at the character.
 */
export function frameSource(file: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  return bytes.includes(0) ? undefined : bytes.toString('utf8');
}
