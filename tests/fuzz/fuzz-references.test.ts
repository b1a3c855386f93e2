/**
 * The reference grammar fuzzed directly: thousands of {{ … }} strung from grammar
 * pieces (scripts/fuzz.js REFERENCE_PARTS), resolved against CSV, YAML and workbook
 * tables. None may throw; every diagnostic lies inside the text it blames; no output
 * shows NaN or Infinity.
 */
import { expect, it } from 'vitest';
import { catalogue } from '../../src/diagnostics/catalogue.js';
import { interpolateData } from '../../src/data/interpolate.js';
import { loadDataFolder } from '../../src/load/load-data-folder.js';
// @ts-expect-error plain JS module shared with the command-line fuzzer
import { random, REFERENCE_PARTS } from '../../scripts/fuzz.js';

it('5000 random references resolve or fail with a positioned diagnostic, never a crash or NaN', async () => {
  const { tables } = await loadDataFolder('tests/fuzz/seed-deck/data', 'data');
  const r = random(16) as { int: (n: number) => number; pick: <T>(list: T[]) => T };
  const failures: string[] = [];
  for (let run = 0; run < 5000; run++) {
    const parts = Array.from({ length: 1 + r.int(10) }, () => r.pick(REFERENCE_PARTS as string[])).join('');
    const text = `Line one\nsays {{ ${parts} }} and more`;
    let result;
    try {
      result = interpolateData(text, { file: 'sections/01.md', line: 7, column: 3 }, { tables, lang: 'en' });
    } catch (error) {
      failures.push(`${parts}: threw ${String(error)}`);
      continue;
    }
    if (/NaN|Infinity/.test(result.text)) failures.push(`${parts}: shows ${result.text}`);
    for (const d of result.diagnostics) {
      const lines = text.split('\n');
      const line = d.line - 7;
      const width = (lines[line]?.length ?? -1) + (line === 0 ? 2 : 0);
      if (!(d.code in catalogue) || line < 0 || line >= lines.length || d.column < 1 || d.column > width + 1) failures.push(`${parts}: ${d.code} at ${d.line}:${d.column}`);
    }
  }
  expect(failures).toEqual([]);
});
