/** The library entry point (package.json "main"): build, lint and the error it throws. */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { build, DiagnosticsError, formatDiagnostic, lint } from '../../../src/index.js';
import { section } from '../../helpers/compile-files.js';
import { makeTmpDir, writeTmpDeck } from '../../helpers/tmp-deck.js';

const cleanup: string[] = [];
afterEach(async () => {
  for (const dir of cleanup.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('the library API', () => {
  it('builds a deck into the given folder and returns its model', async () => {
    const deck = await writeTmpDeck({ 'sections/01-one.md': section('One', ['sources: [A source]\n---\n\n# A finding']) });
    const out = await makeTmpDir();
    cleanup.push(deck, out);
    const result = await build([deck], { outDir: out });
    expect(result.decks[0]!.targets[0]!.model.slides.map((s) => s.layout)).toEqual(['title', 'section', 'content', 'references']);
    expect(await readFile(join(out, 'deck', 'index.html'), 'utf8')).toContain('A finding');
  });

  it('throws DiagnosticsError with every diagnostic, and writes nothing, for a deck with errors', async () => {
    const deck = await writeTmpDeck({ 'sections/01-one.md': section('One', ['layout: splt\n---\n\n# Broken']) });
    const out = await makeTmpDir();
    cleanup.push(deck, out);
    const error = await build([deck], { outDir: out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticsError);
    const [first] = (error as DiagnosticsError).diagnostics;
    expect(first).toMatchObject({ code: 'UnknownLayout', severity: 'error', line: 6, column: 9 });
    expect(formatDiagnostic(first!)).toContain('UnknownLayout');
    await expect(readFile(join(out, 'deck', 'index.html'))).rejects.toThrow();
  });

  it('lints without writing, returning warnings too', async () => {
    const deck = await writeTmpDeck({ 'sections/01-one.md': section('One', ['colour: red\n---\n\n# A finding']) });
    cleanup.push(deck);
    const found = await lint(deck);
    expect(found.map((d) => d.code)).toContain('UnknownKey');
    expect(found.every((d) => d.line >= 1 && d.column >= 1)).toBe(true);
  });
});
