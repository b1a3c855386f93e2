import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATS, formatAccepts, formatValue } from '../../../src/data/formats.js';

describe('formatValue', () => {
  const cases: [string, number | string, string, string][] = [
    ['usd', 28000000, '$28,000,000', 'US$28,000,000'],
    ['usd', 12.5, '$12.50', 'US$12.50'],
    ['usd-compact', 3.7e9, '$3.7B', 'US$37億'],
    ['usd-compact', 28e6, '$28M', 'US$2800萬'],
    ['compact', 1.2e6, '1.2M', '120萬'],
    ['percent', 0.62, '62%', '62%'],
    ['percent', 0.625, '62.5%', '62.5%'],
    ['signed-percent', 0.4286, '+43%', '+43%'],
    ['signed-percent', -0.12, '−12%', '−12%'],
    ['signed-percent', 0.001, '±0%', '±0%'],
    ['signed-number', 1200, '+1,200', '+1,200'],
    ['signed-number', -40.5, '−40.5', '−40.5'],
    ['signed-number', 0, '±0', '±0'],
    ['multiplier', 130, '130×', '130×'],
    ['multiplier', 3.333, '3.3×', '3.3×'],
    ['multiplier', 1300, '1,300×', '1,300×'],
    ['integer', 1234.4, '1,234', '1,234'],
    ['number', 1234.5678, '1,234.568', '1,234.568'],
    ['decimal1', 2.345, '2.3', '2.3'],
    ['decimal2', 2, '2.00', '2.00'],
    ['date', '2024-10-15', 'Oct 15, 2024', '2024年10月15日'],
    ['date', '2024-10', 'Oct 2024', '2024年10月'],
    ['year', 2024, '2024', '2024年'],
    ['year', '2024-10-15', '2024', '2024年'],
  ];
  it.each(cases)('%s of %s is %s in en and %s in zh-Hant', (format, value, en, zh) => {
    expect(formatValue(value, format, 'en')).toBe(en);
    expect(formatValue(value, format, 'zh-Hant')).toBe(zh);
  });

  it('covers every format in the catalogue, and each catalogue example is true', () => {
    expect(new Set(cases.map((c) => c[0]))).toEqual(new Set(FORMAT_NAMES));
    for (const name of FORMAT_NAMES) expect(formatValue(FORMATS[name].example.value, name, 'en')).toBe(FORMATS[name].example.en);
  });

  it('writes values as they are without a format', () => {
    expect(formatValue(1234.5, undefined, 'en')).toBe('1,234.5');
    expect(formatValue('2024-10-15', undefined, 'en')).toBe('2024-10-15');
    expect(formatValue('GPT-4', undefined, 'zh-Hant')).toBe('GPT-4');
    expect(formatValue(null, 'usd', 'en')).toBe('');
  });

  it('knows which values a format takes', () => {
    expect(formatAccepts('n/a', 'usd')).toBe(false);
    expect(formatAccepts(5, 'usd')).toBe(true);
    expect(formatAccepts('2024-01-02', 'date')).toBe(true);
    expect(formatAccepts('soon', 'date')).toBe(false);
  });

  it('throws on a format name that was not validated, and survives a bad lang', () => {
    expect(() => formatValue(1, 'usd-compcat', 'en')).toThrow(/usd-compcat/);
    expect(formatValue(1234, 'integer', 'not a lang!')).toBe('1,234');
  });
});
