/**
 * Reads a .pptx back with tools that are not the exporter: Info-ZIP's `unzip` for
 * the package parts, LibreOffice Impress (headless, its own profile per call) to
 * open it and print it to PDF, poppler to read that PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Names of the parts in the package, from `unzip -Z1`. */
export function partNames(pptx: string): string[] {
  return execFileSync('unzip', ['-Z1', pptx], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** Each entry's stored date and time (yyyymmdd.hhmmss), from `unzip -ZT` (zipinfo). */
export function entryDates(pptx: string): string[] {
  return execFileSync('unzip', ['-ZT', pptx], { encoding: 'utf8' })
    .split('\n')
    .flatMap((line) => /\s(\d{8}\.\d{6})\s/.exec(line)?.[1] ?? []);
}

/** One part's text, from `unzip -p`. */
export function part(pptx: string, name: string): string {
  return execFileSync('unzip', ['-p', pptx, name], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** ppt/slides/slideN.xml names, in slide order. */
export function slideParts(pptx: string): string[] {
  const slideNo = (n: string) => Number(/slide(\d+)\.xml$/.exec(n)![1]);
  return partNames(pptx).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => slideNo(a) - slideNo(b));
}

/** Relationships of a part: Id → { type (last path segment), target, external }. */
export function relationships(pptx: string, rels: string): { id: string; type: string; target: string; external: boolean }[] {
  return [...part(pptx, rels).matchAll(/<Relationship\b([^>]*)\/>/g)].map(([, attrs]) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs!)?.[1] ?? '';
    return { id: attr('Id'), type: attr('Type').split('/').pop()!, target: attr('Target'), external: attr('TargetMode') === 'External' };
  });
}

/** Opens the file in LibreOffice Impress and prints it to PDF; returns the PDF's path (in `outDir`). */
export function libreOfficePdf(pptx: string, outDir: string): string {
  return libreOfficeConvert(pptx, outDir, 'pdf');
}

/** Opens the file in LibreOffice Impress and saves it as `format` (pdf, fodp …); returns the new file's path (in `outDir`). */
export function libreOfficeConvert(pptx: string, outDir: string, format: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'deckpress-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, pptx], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, basename(pptx).replace(/\.pptx$/, `.${format}`));
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pdfPages(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}
