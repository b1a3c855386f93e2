import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/diagnostics/catalogue.js';
import { catalogueDocs } from '../../../src/diagnostics/catalogue-docs.js';

describe('docs/diagnostics.md', () => {
  const docs = catalogueDocs();

  it('documents every code with its severity, message and hint', () => {
    for (const [name, entry] of Object.entries(catalogue)) {
      const section = docs.split(`\n### ${name}\n`)[1]?.split('\n### ')[0];
      expect(section, name).toBeDefined();
      expect(section).toContain(`*${entry.severity}*`);
      if ('hint' in entry) expect(section, name).toContain('hint: ');
    }
  });

  it('shows every message filled in from an example (add one to EXAMPLES in catalogue-docs.ts)', () => {
    const withPlaceholders = docs.split('\n### ').slice(1).filter((section) => section.includes('‹')).map((section) => section.split('\n')[0]);
    expect(withPlaceholders).toEqual([]);
  });

  it('documents lint, its JSON format and the YAML language server line', () => {
    expect(docs).toContain('deckpress lint [deck-dir ...] [--format text|json] [--render]');
    expect(docs).toContain('"diagnostics": [{ "deck", "code", "severity", "message"');
    expect(docs).toContain('# yaml-language-server: $schema=../../node_modules/deckpress/schemas/deck.schema.json');
  });
});
