import type { BoundValue } from './bound-value.js';
import type { DataTable } from './table.js';

/**
 * The values a chart or data table shows from whole columns: one per row and
 * column, keyed by the row's first (key) column. `expression` says how the slide
 * names the column (`chart.y: revenue_usd`).
 */
export function columnValues(table: DataTable, columns: readonly { name: string; expression: string }[], at: BoundValue['at']): BoundValue[] {
  const keyColumn = table.columns[0]?.name;
  const present = columns.filter(({ name }) => table.columns.some((c) => c.name === name));
  return table.rows.flatMap((row) => {
    const key = keyColumn === undefined ? '' : String(row.values[keyColumn] ?? '');
    return present.map(({ name, expression }) => ({
      shown: String(row.values[name] ?? ''),
      expression,
      cells: [{ file: table.file, row: key, column: name }],
      at,
    }));
  });
}
