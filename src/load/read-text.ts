import { readFile, stat } from 'node:fs/promises';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Section and config files past this size are almost surely not hand-written slides. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export interface ReadText {
  text?: string;
  diagnostics: Diagnostic[];
}

/**
 * Reads a user file as UTF-8 text: a BOM is dropped, CRLF is kept for the
 * parsers to handle (a lone CR becomes LF), and binary or non-UTF-8 content
 * becomes a diagnostic.
 */
export async function readText(path: string, display: string): Promise<ReadText> {
  const at = { file: display, line: 1, column: 1 };
  const size = (await stat(path)).size;
  if (size > MAX_TEXT_BYTES) return { diagnostics: [diagnose('FileTooLarge', at, { size, limit: MAX_TEXT_BYTES })] };
  const bytes = await readFile(path);
  return decodeText(bytes, display);
}

export function decodeText(bytes: Uint8Array, display: string): ReadText {
  const at = { file: display, line: 1, column: 1 };
  // Windows tools save "Unicode" text as UTF-16 (PowerShell's > and Out-File, Excel's Unicode Text): text, but not UTF-8.
  const encoding = wideUnicode(bytes);
  if (encoding) return { diagnostics: [diagnose('NotUtf8', at, { encoding })] };
  if (bytes.includes(0)) return { diagnostics: [diagnose('BinaryFile', at, {})] };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    // A lone CR (classic Mac) ends a line in editors but not in the YAML and section
    // parsers; as LF it does in both, and no offset moves.
    return { text: text.replace(/\r(?!\n)/g, '\n'), diagnostics: [] };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset);
    // Lines end at LF, CRLF or a lone CR, as above; columns count characters, as the code frame does, not bytes.
    const lines = new TextDecoder('utf-8').decode(before).split(/\r\n|\r|\n/);
    const line = lines.length;
    const column = lines[lines.length - 1]!.length + 1;
    return { diagnostics: [diagnose('NotUtf8', { file: display, line, column }, {})] };
  }
}

/**
 * UTF-32 or UTF-16 text, by its byte order mark, or by Latin letters each followed
 * (little-endian) or preceded (big-endian) by one zero byte.
 */
function wideUnicode(bytes: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return 'UTF-32';
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16';
  if (bytes.length >= 4 && ((a !== 0 && b === 0 && c !== 0 && d === 0) || (a === 0 && b !== 0 && c === 0 && d !== 0))) return 'UTF-16';
  return undefined;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the longest prefix that is valid UTF-8 or ends inside a character
  // (a fresh decoder per probe: a streaming decoder keeps the previous probe's bytes).
  const decodes = (end: number, stream: boolean) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (decodes(mid, true)) lo = mid;
    else hi = mid - 1;
  }
  // A character that starts there but is never completed is the bad one: back up to its first byte.
  for (let start = lo; start >= Math.max(0, lo - 3); start--) if (decodes(start, false)) return start;
  return lo;
}
