/** The title slide's date: each built-in locale's own pattern gives the same text as Intl would. */
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadTemplates } from '../../../src/load/load-templates.js';
import { compileTemplates } from '../../../src/render/compile-templates.js';
import { formatDate } from '../../../src/render/format-date.js';

const intl = (iso: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('formatDate', async () => {
  const templates = compileTemplates(await loadTemplates(tmpdir()));
  const withPattern = ['en', 'zh-Hant', 'zh-Hans', 'ja'];

  it.each(withPattern)('%s: the locale pattern matches Intl for every month', (lang) => {
    const labels = templates.labels(lang);
    expect(labels.dateFormat).toBeTruthy();
    for (let month = 1; month <= 12; month++) {
      const iso = `2024-${String(month).padStart(2, '0')}-${String(month + 9).padStart(2, '0')}`;
      expect(formatDate(iso, lang, labels)).toBe(intl(iso, lang));
    }
  });

  it('uses Intl for a language without its own pattern, even when words fall back to a base language', () => {
    const labels = templates.labels('en-GB');
    expect(labels.dateFormat).toBeUndefined();
    expect(labels.contents).toBe('Contents');
    expect(formatDate('2024-10-05', 'en-GB', labels)).toBe('5 October 2024');
    expect(formatDate('2024-10-05', 'de', templates.labels('de'))).toBe('5. Oktober 2024');
  });
});
