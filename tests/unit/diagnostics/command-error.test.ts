/**
 * PDF, diff, output, variant and dev-server errors are one type, CommandError: the CLI prints its code,
 * message and hint and exits with its status. Each stage's factory fixes the status.
 */
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../src/diagnostics/command-error.js';
import { isPdfError, pdfError } from '../../../src/diagnostics/pdf-error.js';
import { diffError } from '../../../src/diff/diff-error.js';
import { asOutputError, outputOverlapsSource } from '../../../src/emit/output-error.js';
import { unknownVariantError } from '../../../src/model/unknown-variant-error.js';
import { asDevServerError } from '../../../src/serve/dev-server-error.js';

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

  it('is what an unknown variant throws: exit 2 (bad usage), a did-you-mean and the variants in the hint', () => {
    const error = unknownVariantError('tlak', 'q3', ['talk', 'board']);
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({ code: 'UnknownVariant', exitCode: 2 });
    expect(error.message).toBe('Deck "q3" has no variant "tlak".');
    expect(error.hint).toBe('Did you mean "talk"? Its variants: talk, board.');
    expect(unknownVariantError('xyz', 'q3', ['talk']).hint).toBe('Its variants: talk.');
    expect(unknownVariantError('talk', 'q3', []).hint).toBe('It declares no variants (variants: in deck.yaml).');
  });

  it('is what the dev server throws when it cannot listen: exit 1, one code per system error, the cause kept', () => {
    const listenError = (code: string) => Object.assign(new Error(`listen ${code}`), { code });
    const inUse = listenError('EADDRINUSE');
    expect(asDevServerError(inUse, 4321, '127.0.0.1')).toBeInstanceOf(CommandError);
    expect(asDevServerError(inUse, 4321, '127.0.0.1')).toMatchObject({
      code: 'PortInUse', exitCode: 1, cause: inUse,
      message: 'Port 4321 on 127.0.0.1 is already in use.',
      hint: 'Stop the other server, or pick another port: --port 4322 (0 picks a free one).',
    });
    expect(asDevServerError(listenError('EACCES'), 80, '0.0.0.0')).toMatchObject({ code: 'PortNotAllowed', message: 'Not allowed to listen on port 80.' });
    expect(asDevServerError(listenError('EADDRNOTAVAIL'), 4321, '10.1.0.9')).toMatchObject({ code: 'HostNotAvailable', message: 'Cannot listen on 10.1.0.9: no such address on this machine.' });
    // Any other error is not the user's to fix here: passed on unchanged.
    const other = listenError('ENOMEM');
    expect(asDevServerError(other, 4321, '127.0.0.1')).toBe(other);
  });

  it('tells a PDF error from the others by its code, as the export needs to wrap the rest', () => {
    expect(isPdfError(pdfError('PdfExportFailed', { label: 'a', detail: 'boom' }))).toBe(true);
    expect(isPdfError(outputOverlapsSource({ out: 'o', what: 'is', source: 's' }))).toBe(false);
    expect(isPdfError(new CommandError('BrowserCrashed', 'not from the catalogue factory', undefined, 1))).toBe(true);
    expect(isPdfError(new Error('BrowserCrashed'))).toBe(false);
  });
});
