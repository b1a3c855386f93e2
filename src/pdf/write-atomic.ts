/**
 * Writes a file so that readers see either the old file or the complete new one:
 * write a temporary file in the same folder, then rename it over the target.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pdfError } from '../diagnostics/pdf-error.js';

export async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw pdfError('PdfWriteFailed', { path, detail: error instanceof Error ? error.message : String(error) }, error);
  }
}
