import { defineCodes, didYouMean } from './define.js';

/** Data files, references and charts (owned by src/data and src/charts). */
export const dataCodes = defineCodes({
  DataFileNotFound: {
    severity: 'error',
    message: (p: { name: string; suggestion?: string; known: string }) => `No data file "${p.name}" in the deck's data/ folder.`,
    hint: (p: { name: string; suggestion?: string; known: string }) =>
      `${didYouMean(p.suggestion)}Data files: ${p.known || 'none'}. Files are named without their extension in references ({{ revenue[2024].usd }}).`,
  },
  DataParseError: {
    severity: 'error',
    message: (p: { file: string; detail: string; fix?: string }) => `Cannot read data file ${p.file}: ${p.detail}`,
    hint: (p: { file: string; detail: string; fix?: string }) =>
      p.fix ??
      'A data file is CSV with a header row, or JSON/YAML holding an array of records, a table { columns, rows } or a mapping of names to values.',
  },
  DuplicateDataFile: {
    severity: 'error',
    message: (p: { name: string; files: string }) => `Two data files are both named "${p.name}": ${p.files}.`,
    hint: () => 'References and charts name a data file without its extension, so each name must be unique. Rename one.',
  },
  AmbiguousRow: {
    severity: 'error',
    message: (p: { keys: string; file: string; rows: number; lines: string; fix: string }) =>
      `${p.rows} rows of ${p.file} match ${p.keys} (${p.lines}), so the reference does not name one value.`,
    hint: (p: { keys: string; file: string; rows: number; lines: string; fix: string }) =>
      `${p.fix} A long table (one row per country and year) needs a key for each column that repeats.`,
  },
  NoMatchingRow: {
    severity: 'error',
    message: (p: { keys: string; file: string; nearest: string }) => `No row of ${p.file} matches ${p.keys}.`,
    hint: (p: { keys: string; file: string; nearest: string }) => `Nearest rows: ${p.nearest}. Keys compare a column's value as written in the file.`,
  },
  ArithmeticError: {
    severity: 'error',
    message: (p: { detail: string }) => `Cannot compute this data reference: ${p.detail}.`,
    hint: () => 'A slide never shows NaN or Infinity: check the cells the reference reads, or compute the value in the data file.',
  },
  SheetNotFound: {
    severity: 'error',
    message: (p: { sheet: string; file: string; suggestion?: string; known: string }) =>
      p.sheet ? `Workbook ${p.file} has no sheet "${p.sheet}".` : `Workbook ${p.file} has several sheets, so a reference names one.`,
    hint: (p: { sheet: string; file: string; suggestion?: string; known: string }) =>
      `${didYouMean(p.suggestion)}Sheets: ${p.known}. A sheet is named after "#": {{ market#Prices[2024].usd }}, chart: { data: "market.xlsx#Prices" }.`,
  },
  NumberStoredAsText: {
    severity: 'warning',
    message: (p: { value: string; at: string; column: string }) =>
      `Cell ${p.at} (column ${p.column}) holds the number ${p.value} as text; it is read as a number.`,
    hint: () => 'Store it as a number in the workbook (in Excel: the green triangle, "Convert to Number"), so sums and charts in the spreadsheet count it too.',
  },
  FormulaErrorCell: {
    severity: 'error',
    message: (p: { error: string; at: string; column: string; more: number; meaning?: string; asText?: boolean }) =>
      `Cell ${p.at} (column ${p.column}) holds the formula error ${p.error}, ${p.asText ? 'saved as text, which a slide would show in place of a value' : 'which would read as an empty cell'}.${p.more === 0 ? '' : p.more === 1 ? ' 1 more cell below it in the column holds an error too.' : ` ${p.more} more cells below it in the column hold errors too.`}`,
    hint: (p: { error: string; at: string; column: string; more: number; meaning?: string; asText?: boolean }) =>
      `Fix the formula in the ${p.asText ? 'spreadsheet the file was saved from' : 'workbook'}${p.meaning ? ` (${p.error}: ${p.meaning})` : ''}${p.asText ? ' and save the file again' : ''}, or leave the cell empty if there is no value.`,
  },
  UnknownColumn: {
    severity: 'error',
    message: (p: { column: string; file: string; suggestion?: string; known: string }) =>
      `Column "${p.column}" does not exist in ${p.file}.`,
    hint: (p: { column: string; file: string; suggestion?: string; known: string }) =>
      `${didYouMean(p.suggestion)}Columns: ${p.known}.`,
  },
  UnknownRow: {
    severity: 'error',
    message: (p: { key: string; file: string; keyColumn: string; suggestion?: string; known: string }) =>
      `No row with ${p.keyColumn} "${p.key}" in ${p.file}.`,
    hint: (p: { key: string; file: string; keyColumn: string; suggestion?: string; known: string }) =>
      `${didYouMean(p.suggestion)}Rows are found by their first column (${p.keyColumn}): ${p.known}.`,
  },
  UnknownDataKey: {
    severity: 'error',
    message: (p: { key: string; file: string; suggestion?: string; known: string }) => `No key "${p.key}" in ${p.file}.`,
    hint: (p: { key: string; file: string; suggestion?: string; known: string }) => `${didYouMean(p.suggestion)}Keys: ${p.known}.`,
  },
  NotANumber: {
    severity: 'error',
    message: (p: { value: string; at: string; column: string; purpose: string }) =>
      `Value "${p.value}" at ${p.at} (column ${p.column}) is not a number, but ${p.purpose} needs one.`,
    hint: (p: { value: string }) =>
      /^[-+]?0\d/.test(p.value.trim())
        ? `A number written with a leading zero (${p.value.trim()}) is read as a code, as text: write it without the zero.`
        : 'Write plain numbers in data files (3700000000, 0.62), without units; a format adds "$", "%" or "×" when the value is shown.',
  },
  NotADate: {
    severity: 'error',
    message: (p: { value: string; at: string; column: string; purpose: string }) =>
      `Value "${p.value}" at ${p.at} (column ${p.column}) is not an ISO date, but ${p.purpose} needs one.`,
    hint: () => 'Write dates in data files as ISO dates: 2024-10-15, or 2024-10 for a month. A year number (2024) works for the "year" format.',
  },
  ImpossibleDate: {
    severity: 'error',
    message: (p: { value: string; reason: string; where: string }) => `"${p.value}" (${p.where}) is not a date in the calendar: ${p.reason}.`,
    hint: () => 'Correct the date; deckpress never rolls an impossible date over to the next month (2020-02-30 is not March 1st).',
  },
  EmptyCell: {
    severity: 'warning',
    message: (p: { at: string; column: string }) => `The cell at ${p.at} (column ${p.column}) is empty; nothing is shown.`,
    hint: () => 'Fill the cell in the data file, or reference another one.',
  },
  UnlabelledColumn: {
    severity: 'warning',
    message: (p: { column: string }) => `The chart's legend would show the column name "${p.column}".`,
    hint: (p: { column: string }) =>
      `Give it a display name in data/labels.yaml (${p.column}: …), per language in labels.<lang>.yaml, or in the chart: labels: { ${p.column}: "…" }.`,
  },
  UnknownChartType: {
    severity: 'error',
    message: (p: { type: string; suggestion?: string; known: string }) => `Chart type "${p.type}" does not exist.`,
    hint: (p: { type: string; suggestion?: string; known: string }) =>
      `${didYouMean(p.suggestion)}Chart types: ${p.known}. For anything else use chart: { vega-lite: spec.json }.`,
  },
  UnknownFormat: {
    severity: 'error',
    message: (p: { format: string; suggestion?: string; known: string }) => `Number format "${p.format}" does not exist.`,
    hint: (p: { format: string; suggestion?: string; known: string }) => `${didYouMean(p.suggestion)}Formats: ${p.known}.`,
  },
  BadReference: {
    severity: 'error',
    message: (p: { detail: string; fix?: string }) => `Cannot read this data reference: ${p.detail}.`,
    hint: (p: { detail: string; fix?: string }) =>
      p.fix ??
      'A reference is {{ file[row].column | format }}, {{ file[column=value, …].column }} or {{ file.key }} for a key-value file, with ( ) + - * / between values: {{ (a / b - 1) | signed-percent }}. Write \\{{ for a literal "{{".',
  },
  ChartLabelsDropped: {
    severity: 'warning',
    message: (p: { count: number; sample: string }) =>
      `${p.count} label${p.count === 1 ? '' : 's'} of this chart would overlap another and ${p.count === 1 ? 'is' : 'are'} left out: ${p.sample}.`,
    hint: () => 'Fewer categories or series, shorter labels, or `highlight:` on the values that matter (highlighted labels are placed first).',
  },
  ChartSpecInvalid: {
    severity: 'error',
    message: (p: { detail: string; fix?: string }) => `Invalid chart: ${p.detail}.`,
    hint: (p: { detail: string; fix?: string }) =>
      p.fix ?? 'A chart is { type, data, x, y, series?, format?, title?, caption?, highlight? } or { vega-lite: spec.json }.',
  },
  VegaLiteError: {
    severity: 'error',
    message: (p: { detail: string }) => `The Vega-Lite spec cannot be rendered: ${p.detail}`,
    hint: () => 'Check the spec in the Vega-Lite editor (vega.github.io/editor); data from data/ is read with "data": { "name": "<file>" }.',
  },
  ChartOverBudget: {
    severity: 'error',
    message: (p: { detail: string }) => `The chart is too large to draw: ${p.detail}.`,
    hint: () => 'Aggregate or filter the data in the spec, keep width, height and sequence ranges to what a slide shows, and facet by a field with few values.',
  },
  ChartDownsampled: {
    severity: 'warning',
    message: (p: { rows: number; limit: number }) => `The chart has ${p.rows} rows; it is drawn from ${p.limit} of them, evenly spaced (the first and last included).`,
    hint: () => 'A slide cannot show more points than that; aggregate the data (for example by month) to choose what it shows.',
  },
});
