/** Messages that used to mislead (issue 12), each with the fix users read. */
import { describe, expect, it } from 'vitest';
import { CHART_TYPE_SYNONYMS, CHART_TYPES } from '../../../src/charts/chart-spec.js';
import { isCalendarDate, impossibleDateReason } from '../../../src/data/calendar-date.js';
import { parseReference } from '../../../src/data/reference-syntax.js';
import { closest } from '../../../src/diagnostics/suggest.js';
import { parseDataFile } from '../../../src/load/parse-data-file.js';
import { splitSection } from '../../../src/load/split-section.js';

const LAYOUTS = ['chart', 'closing', 'compare', 'content', 'image', 'quote', 'split', 'stat', 'table'];

describe('did you mean (one function for every name)', () => {
  it.each([
    ['chrat', LAYOUTS, 'chart'],
    ['splt', LAYOUTS, 'split'],
    ['pie', CHART_TYPES, 'donut'],
    ['doughnut', CHART_TYPES, 'donut'],
    ['--ouput', ['--out', '--output', '--variant'], '--output'],
    ['revenue', ['year', 'revenue_usd'], 'revenue_usd'],
    ['xyz', LAYOUTS, undefined],
  ])('%s → %s', (name, known, expected) => {
    expect(closest(name, known, CHART_TYPE_SYNONYMS)).toBe(expected);
  });
});

describe('calendar dates', () => {
  it.each([['2024-02-29', true], ['2023-02-29', false], ['2020-13-45', false], ['2024-10', true], ['2024-00', false], ['2024-10-15T24:00', false], ['2024-10-15T23:59:59Z', true]])('%s is a date: %s', (text, valid) => {
    expect(isCalendarDate(text)).toBe(valid);
  });

  it('says why a date does not exist', () => {
    expect(impossibleDateReason('2021-02-29')).toBe('February 2021 has 28 days');
    expect(impossibleDateReason('2020-13-45')).toBe('there is no month 13');
  });

  it('reports an impossible date at its cell in CSV, JSON and YAML', () => {
    const at = (text: string, path: string) => parseDataFile(text, path).diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);
    expect(at('name,date\n"Smith, J",2020-02-30\n', 'data/a.csv')).toEqual(['ImpossibleDate 2:12']);
    expect(at('[\n  { "name": "a", "date": "2020-13-45" }\n]\n', 'data/a.json')).toEqual(['ImpossibleDate 2:26']);
    expect(at('launch: 2025-02-30\n', 'data/facts.yaml')).toEqual(['ImpossibleDate 1:9']);
  });
});

describe('references and section splitting', () => {
  it('a / b - 1 | percent is a reference, not a misleading "put spaces around -"', () => {
    expect(parseReference(' a[1].x / b[1].x - 1 | percent ')).not.toHaveProperty('detail');
  });

  it('finds a --- glued to text that opens what looks like front matter, and nothing in code', () => {
    const split = splitSection('---\ntitle: S\n---\n\n# One\n\n- item\n---\nlayout: chart\n---\n\n```\ntext\n---\nid: x\n---\n```\n');
    expect(split.gluedSeparators).toEqual([{ line: 8, key: 'layout' }]);
  });
});
