/**
 * PDF, diff and output errors are one type, CommandError: the CLI prints its code,
 * message and hint and exits with its status. Each stage's factory fixes the status.
 */
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../src/diagnostics/command-error.js';
import { isPdfError, pdfError } from '../../../src/diagnostics/pdf-error.js';
import { diffError } from '../../../src/diff/diff-error.js';
import { asOutputError, outputOverlapsSource } from '../../../src/emit/output-error.js';

describe('CommandError', () => {
  it('is what the PDF engine throws: catalogue message and hint, exit 1, the cause kept', () => {
    const cause = new Error('socket hang up');
    const error = pdfError('BrowserUnreachable', { url: 'http://127.0.0.1:9222', detail: 'refused' }, cause);
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({ code: 'BrowserUnreachable', exitCode: 1, cause });
    expect(error.message).toBe('Could not connect to the browser at "http://127.0.0.1:9222", so no PDF was made: refused');
    expect(error.hint).toMatch(/--browser-url/);
  });

  it('is what diff throws, with exit 2 (bad usage)', () => {
    const error = diffError('DiffNotADeck', { role: 'Before', dir: 'dist/a', missing: 'there is no such folder' });
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({ code: 'DiffNotADeck', exitCode: 2 });
    expect(error.message).toBe('Before "dist/a" is not a built deck: there is no such folder.');
    expect(error.hint).toMatch(/deckpress build/);
  });

  it('is what writing the output throws: an overlap exits 2, a disk error exits 1 with its reason as the hint', () => {
    const overlap = outputOverlapsSource({ out: 'decks', what: 'contains the deck folder', source: 'decks/a' });
    expect(overlap).toBeInstanceOf(CommandError);
    expect(overlap).toMatchObject({ code: 'OutputOverlapsSource', exitCode: 2 });
    const disk = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const written = asOutputError(disk, 'dist/a', 'write');
    expect(written).toBeInstanceOf(CommandError);
    expect(written).toMatchObject({ code: 'OutputWriteFailed', exitCode: 1, cause: disk });
    expect((written as CommandError).message).toBe('Cannot write "dist/a": permission denied (EACCES). The last good output is kept.');
    expect((written as CommandError).hint).toMatch(/permissions/);
    // Already an output error, or no system error at all: passed on unchanged.
    expect(asOutputError(written, 'elsewhere', 'write')).toBe(written);
    const bug = new TypeError('x is undefined');
    expect(asOutputError(bug, 'dist/a', 'write')).toBe(bug);
  });

  it('tells a PDF error from the others by its code, as the export needs to wrap the rest', () => {
    expect(isPdfError(pdfError('PdfExportFailed', { label: 'a', detail: 'boom' }))).toBe(true);
    expect(isPdfError(outputOverlapsSource({ out: 'o', what: 'is', source: 's' }))).toBe(false);
    expect(isPdfError(new CommandError('BrowserCrashed', 'not from the catalogue factory', undefined, 1))).toBe(true);
    expect(isPdfError(new Error('BrowserCrashed'))).toBe(false);
  });
});
