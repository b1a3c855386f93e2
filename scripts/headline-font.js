// The font lint's headline-length check is measured from (Inter ExtraBold, the
// report theme's headline face) and where the measurements go. The generated
// file names the font file's SHA-256, so a changed font shows as out of date.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WIDTHS_FILE = 'src/lint/headline-font-widths.ts';
export const FONT_FILE = join(dirname(createRequire(import.meta.url).resolve('@fontsource/inter/package.json')), 'files', 'inter-latin-800-normal.woff2');

/** "@fontsource/inter/files/<file> sha256 <hex>": the line the widths file must contain. */
export async function fontIdentity() {
  const hash = createHash('sha256').update(await readFile(FONT_FILE)).digest('hex');
  return `@fontsource/inter/files/inter-latin-800-normal.woff2 sha256 ${hash}`;
}

/** Whether the widths file was measured from the font installed now. */
export async function headlineFontState() {
  const font = await fontIdentity();
  const text = await readFile(join(root, WIDTHS_FILE), 'utf8').catch(() => '');
  return { file: WIDTHS_FILE, font, current: text.includes(font) };
}
