import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ValidDeck } from '../validate/validate-deck.js';
import { checkInside } from '../load/inside-project.js';
import { displayPath } from '../load/load-deck.js';
import { jsonSyntaxError, lineColumnOf } from '../load/parse-structured-data.js';

/**
 * Reads the Vega-Lite spec files that slides name with `chart: { vega-lite: file.json }`,
 * relative to the deck folder (and inside it). Keyed by the path as written.
 */
export async function loadVegaSpecs(deck: ValidDeck): Promise<{ specs: Map<string, object>; diagnostics: Diagnostic[] }> {
  const specs = new Map<string, object>();
  const diagnostics: Diagnostic[] = [];
  for (const section of deck.sections) {
    for (const slide of section.slides) {
      const file = slide.fm.chart?.['vega-lite'];
      if (typeof file !== 'string' || specs.has(file)) continue;
      const at = slide.locate(['chart', 'vega-lite']);
      const path = resolve(deck.dir, file);
      const outside = await checkInside(path, [deck.dir], at, file);
      if (outside) {
        diagnostics.push(outside);
        continue;
      }
      let text: string;
      try {
        text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
      } catch (error) {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        diagnostics.push(diagnose('VegaLiteError', at, { detail: missing ? `the file "${file}" does not exist (paths are relative to the deck folder)` : `"${file}" cannot be read: ${(error as Error).message}` }));
        continue;
      }
      const syntax = jsonSyntaxError(text);
      // A JSON mistake is shown where it is written, in the spec file, as line:col.
      if (syntax) diagnostics.push(diagnose('VegaLiteError', { file: displayPath(join(deck.dir, file)), ...lineColumnOf(text, syntax.offset) }, { detail: `"${file}" is not valid JSON: ${syntax.message}` }));
      else specs.set(file, JSON.parse(text) as object);
    }
  }
  return { specs, diagnostics };
}
