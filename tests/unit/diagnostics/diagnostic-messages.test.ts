/** What the diagnostics of the broken fixtures say: messages name the problem, hints suggest the fix. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import { compileDeck } from '../../../src/pipeline.js';

async function diagnosticsOf(fixture: string): Promise<Diagnostic[]> {
  return (await compileDeck(`tests/fixtures/${fixture}`)).diagnostics;
}

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((d) => d.code === code);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('diagnostic messages and hints', () => {
  it('UnknownLayout names the layout and suggests "split"', async () => {
    const d = only(await diagnosticsOf('broken-unknown-layout'), 'UnknownLayout');
    expect(d.message).toBe('Layout "splt" does not exist.');
    expect(d.hint).toMatch(/^Did you mean "split"\? Layouts: .*\bcontent\b/);
    expect(d.hint).not.toMatch(/\b(title|agenda|section|references)\b/);
  });

  it('UnknownKey is a warning with a did-you-mean, in deck.yaml and in slide front matter', async () => {
    const ds = await diagnosticsOf('broken-unknown-key');
    expect(ds.map((d) => [d.severity, d.message, d.hint?.split('?')[0]])).toEqual([
      ['warning', 'Unknown key "subtitel" in deck.yaml; it is ignored.', 'Did you mean "subtitle"'],
      ['warning', 'Unknown key "note" in slide front matter; it is ignored.', 'Did you mean "notes"'],
    ]);
  });

  it('ImageNotFound names the path and suggests the file that exists', async () => {
    const d = only(await diagnosticsOf('broken-missing-image'), 'ImageNotFound');
    expect(d.message).toContain('"chart.png"');
    expect(d.hint).toContain('Did you mean "chart.svg"?');
  });

  it('DuplicateSlideId points at the first use', async () => {
    const d = only(await diagnosticsOf('broken-duplicate-id'), 'DuplicateSlideId');
    expect(d.message).toBe('Slide id "revenue" is already used at tests/fixtures/broken-duplicate-id/sections/01-intro.md:6:5.');
  });

  it('UnknownTheme suggests the built-in theme', async () => {
    const d = only(await diagnosticsOf('broken-unknown-theme'), 'UnknownTheme');
    expect(d.hint).toContain('Did you mean "report"?');
  });

  it('YamlSyntax says what the parser found, with no position text of its own', async () => {
    const d = only(await diagnosticsOf('broken-yaml-deck'), 'YamlSyntax');
    expect(d.message).toMatch(/^YAML syntax error: Missing closing "quote/);
    expect(d.message).not.toMatch(/line \d+/);
  });

  it('InvalidValue says what was expected and what was found', async () => {
    const messages = (await diagnosticsOf('broken-invalid-value')).map((d) => d.message);
    expect(messages).toContain('Invalid value for "tags": expected array, got string "talk".');
    expect(messages).toContain('Invalid value for "visual": expected one of "left", "right".');
    expect(messages).toContain('"stats.0.label" is required in slide front matter.');
  });

  it('MissingKey names the file kind that lacks a title', async () => {
    const messages = (await diagnosticsOf('broken-missing-title')).map((d) => d.message);
    expect(messages).toEqual(['"title" is required in deck.yaml.', '"title" is required in section front matter.']);
  });
});
