import type { CellValue, DataColumn } from './table.js';

/**
 * The format catalogue: every name usable after `|` in a reference, in `chart.format`
 * and in table column formats. The README lists this table; keep examples current.
 * Number formats go through Intl, so they follow the deck's `lang` (zh-Hant: US$37億).
 */
export interface FormatEntry {
  /** What the value must be: most formats need a number; `date` and `year` take dates too. */
  accepts: 'number' | 'date';
  description: string;
  example: { value: CellValue; en: string };
  format: (value: number | Date, lang: string) => string;
}

const number = (lang: string, options: Intl.NumberFormatOptions) => (v: number | Date) => numberFormat(lang, options).format(+v);

export const FORMATS = {
  usd: {
    accepts: 'number',
    description: 'US dollars, grouped, cents only when the value has them',
    example: { value: 28000000, en: '$28,000,000' },
    format: (v, lang) =>
      number(lang, { style: 'currency', currency: 'USD', maximumFractionDigits: Number.isInteger(+v) ? 0 : 2 })(v),
  },
  'usd-compact': {
    accepts: 'number',
    description: 'US dollars, short scale',
    example: { value: 3700000000, en: '$3.7B' },
    format: (v, lang) => number(lang, { style: 'currency', currency: 'USD', notation: 'compact' })(v),
  },
  compact: {
    accepts: 'number',
    description: 'a number, short scale',
    example: { value: 1200000, en: '1.2M' },
    format: (v, lang) => number(lang, { notation: 'compact' })(v),
  },
  percent: {
    accepts: 'number',
    description: 'a fraction as a percentage (0.62 is 62%)',
    example: { value: 0.62, en: '62%' },
    format: (v, lang) => number(lang, { style: 'percent', maximumFractionDigits: 1 })(v),
  },
  'signed-percent': {
    accepts: 'number',
    description: 'a change as a signed whole percentage (0.43 is +43%; −12%, ±0%)',
    example: { value: 0.43, en: '+43%' },
    format: (v, lang) => signed(number(lang, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' })(v)),
  },
  'signed-number': {
    accepts: 'number',
    description: 'a change as a signed number (+1,200; −40; ±0)',
    example: { value: 1200, en: '+1,200' },
    format: (v, lang) => signed(number(lang, { signDisplay: 'exceptZero' })(v)),
  },
  multiplier: {
    accepts: 'number',
    description: 'a ratio as a multiple; one decimal below 10',
    example: { value: 130, en: '130×' },
    format: (v, lang) => {
      const digits = Math.abs(+v) < 10 ? 1 : 0;
      return `${number(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits })(v)}×`;
    },
  },
  integer: {
    accepts: 'number',
    description: 'a whole number, grouped',
    example: { value: 1234, en: '1,234' },
    format: (v, lang) => number(lang, { maximumFractionDigits: 0 })(v),
  },
  number: {
    accepts: 'number',
    description: 'a number in the locale’s default style',
    example: { value: 1234.5, en: '1,234.5' },
    format: (v, lang) => number(lang, {})(v),
  },
  decimal1: {
    accepts: 'number',
    description: 'one decimal',
    example: { value: 2.345, en: '2.3' },
    format: (v, lang) => number(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })(v),
  },
  decimal2: {
    accepts: 'number',
    description: 'two decimals',
    example: { value: 2.345, en: '2.35' },
    format: (v, lang) => number(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 })(v),
  },
  date: {
    accepts: 'date',
    description: 'an ISO date (2024-10-15) written out',
    example: { value: '2024-10-15', en: 'Oct 15, 2024' },
    format: (v, lang) => dateFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(v),
  },
  year: {
    accepts: 'date',
    description: 'the year of a date, or a year number',
    example: { value: 2024, en: '2024' },
    format: (v, lang) => dateFormat(lang, { year: 'numeric', timeZone: 'UTC' }).format(v),
  },
} satisfies Record<string, FormatEntry>;

export type FormatName = keyof typeof FORMATS;

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

/**
 * A value as text. Without a format: numbers in the locale's default style, except a
 * column of years (2024, not 2,024); text and dates as written. A value the format
 * cannot take (text for `usd`) is written as is; callers that must reject it check
 * `formatAccepts` first and report NotANumber.
 */
export function formatValue(value: CellValue, format: string | undefined, lang: string, column?: Pick<DataColumn, 'years'>): string {
  if (value === null) return '';
  if (format === undefined) return typeof value !== 'number' ? value : column?.years ? String(value) : numberFormat(lang, {}).format(value);
  if (!isFormatName(format)) throw new Error(`Unknown format "${format}" (validate formats before formatting)`);
  const entry: FormatEntry = FORMATS[format];
  const input = entry.accepts === 'date' ? toDate(value) : typeof value === 'number' ? value : undefined;
  if (input === undefined) return String(value);
  // A year-month date has no day to show.
  if (format === 'date' && typeof value === 'string' && /^\d{4}-\d{2}$/.test(value.trim())) {
    return dateFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(input);
  }
  return entry.format(input, lang);
}

/** Whether `value` can be shown with `format` (no format takes anything). */
export function formatAccepts(value: CellValue, format: string | undefined): boolean {
  if (format === undefined || !isFormatName(format) || value === null) return true;
  const entry: FormatEntry = FORMATS[format];
  return entry.accepts === 'date' ? toDate(value) !== undefined : typeof value === 'number';
}

/** ISO dates and year numbers as UTC dates; anything else is not a date. */
function toDate(value: CellValue): Date | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? new Date(Date.UTC(value, 0, 1)) : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value.trim());
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
}

/** A typographic minus (−) for Intl's hyphen, and ± for a change that rounds to zero (Intl shows no sign there). */
function signed(text: string): string {
  const minus = text.replace(/-/g, '\u2212');
  return /[+\u2212]/.test(minus) ? minus : `±${minus}`;
}

// Intl formatters are slow to build and a deck formats thousands of values: keep them.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(safeLocale(lang), options)));
  return f;
}

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(safeLocale(lang), options)));
  return f;
}

/** deck.yaml validates `lang`; a tag Intl rejects still must not crash a build. */
function safeLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}
