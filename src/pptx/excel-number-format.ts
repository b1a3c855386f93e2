/**
 * The deck's number formats as Excel format codes, for chart axes and value labels
 * (PowerPoint formats chart numbers itself, so "Edit Data" keeps raw values). A
 * format without an equivalent reads "General": the numbers stay right, only plainer.
 */
const CODES: Record<string, string> = {
  usd: '"$"#,##0',
  'usd-compact': '[>=1000000000]"$"0.0,,,"B";[>=1000000]"$"0.0,,"M";"$"#,##0',
  compact: '[>=1000000000]0.0,,,"B";[>=1000000]0.0,,"M";#,##0',
  percent: '0%',
  multiplier: '0.0"×"',
  integer: '#,##0',
  number: '#,##0.##########',
  decimal1: '0.0',
  decimal2: '0.00',
  year: '0',
};

/** The code for a chart's `format` (no format: grouped numbers, compact once they get long, as the SVG does). */
export function excelNumberFormat(format: string | undefined, maxAbs: number): string {
  const name = format ?? (maxAbs >= 1e6 ? 'compact' : 'integer-or-decimal');
  return CODES[name] ?? 'General';
}
