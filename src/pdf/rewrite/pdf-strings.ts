/**
 * Text written into the PDF's Info and outline (PDF 32000-1 §7.9.2.2): plain
 * ASCII as a literal string, which is shortest and reads the same in
 * PDFDocEncoding; anything else (’, CJK, emoji) as UTF-16BE with a byte-order
 * mark, in hex so no byte needs escaping.
 */

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function pdfText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return `(${text.replace(/[()\\]/g, '\\$&')})`;
  // JavaScript strings are UTF-16 code units already (astral characters as surrogate pairs): swap to big-endian.
  return `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

/** `D:YYYYMMDDHHmmSSZ` in UTC, as pdf-lib wrote it (§7.9.4). */
export function pdfDate(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const stamp =
    pad(date.getUTCFullYear(), 4) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds());
  return `(D:${stamp}Z)`;
}
