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
 * parsers to handle, and binary or non-UTF-8 content becomes a diagnostic.
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
  if (bytes.includes(0)) return { diagnostics: [diagnose('BinaryFile', at, {})] };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, diagnostics: [] };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset);
    const line = before.filter((b) => b === 0x0a).length + 1;
    const column = offset - (before.lastIndexOf(0x0a) + 1) + 1;
    return { diagnostics: [diagnose('NotUtf8', { file: display, line, column }, {})] };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the longest valid prefix (allowing a cut inside a character).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
