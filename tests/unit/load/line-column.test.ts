/** lineColumnOf: positions in JSON data and Vega-Lite spec files, whatever their line endings. */
import { expect, it } from 'vitest';
import { lineColumnOf } from '../../../src/load/parse-structured-data.js';

it('counts \\n, \\r\\n and a lone \\r as one line break each', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    const text = `{${eol}  "a": 1,${eol}  "b": x${eol}}`;
    expect(lineColumnOf(text, text.indexOf('x')), JSON.stringify(eol)).toEqual({ line: 3, column: 8 });
  }
});
