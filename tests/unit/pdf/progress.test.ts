/** Progress output: one line per deck without a TTY, redrawn bars with a TTY. */
import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatBytes } from '../../../src/pdf/progress.js';
import { pdfError } from '../../../src/diagnostics/pdf-error.js';
import type { PdfResult } from '../../../src/pdf/types.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, isTTY, columns: 100, write: (text: string) => chunks.push(text) };
}

const result: PdfResult = {
  label: 'ai-not-a-bubble',
  outPath: '/p/dist/ai-not-a-bubble/ai-not-a-bubble.pdf',
  pages: 212,
  bytes: 1_572_864,
  ms: 2140,
  pngFiles: [],
  warnings: [],
};

describe('progress', () => {
  it('prints one line per deck with pages, size and time when not on a TTY', () => {
    const out = stream(false);
    const progress = createProgressReporter(out, '/p');
    progress.start('ai-not-a-bubble', 212);
    progress.phase('ai-not-a-bubble', 'printing');
    progress.done('ai-not-a-bubble', result);
    progress.failed('other', pdfError('PdfTimeout', { label: 'other', seconds: 5, phase: 'printing' }));
    expect(out.chunks.join('')).toBe(
      'ai-not-a-bubble: 212 pages, 1.5 MB, 2.1 s → dist/ai-not-a-bubble/ai-not-a-bubble.pdf\nother: failed (PdfTimeout)\n',
    );
  });

  it('draws a bar per deck on a TTY and redraws it in place', () => {
    const out = stream(true);
    const progress = createProgressReporter(out, '/p');
    progress.start('a', 10);
    progress.start('b', 20);
    progress.phase('a', 'printing');
    const printing = out.chunks.at(-1)!;
    expect(printing).toMatch(/^\x1b\[2A/);
    expect(printing).toContain('a [');
    expect(printing).toContain('printing · 10 pages');
    expect(printing).toContain('b [');
    // A deck printed in parts counts its printed pages.
    progress.phase('b', 'printing');
    progress.printed!('b', 5);
    const early = out.chunks.at(-1)!;
    expect(early).toContain('printing · 5/20 pages');
    progress.printed!('b', 15);
    const later = out.chunks.at(-1)!;
    expect(later).toContain('printing · 15/20 pages');
    const filled = (text: string) => /b \[(█*)/.exec(text)![1]!.length;
    expect(filled(later)).toBeGreaterThan(filled(early));
    progress.done('a', { ...result, label: 'a' });
    progress.done('b', { ...result, label: 'b' });
    expect(out.chunks.at(-1)).toContain('✔ b: 212 pages');
  });

  it('formats sizes', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(614_634)).toBe('600 KB');
  });
});
