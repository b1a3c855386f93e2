import type { DataCell } from './bound-value.js';
import { dataName } from './find-table.js';
import type { Expr, Reference } from './reference-syntax.js';
import type { DataTable } from './table.js';

/** The cells a parsed reference reads, in the order written, named by the data file's path when the file exists. */
export function referenceCells(ref: Reference, tables: ReadonlyMap<string, DataTable>): DataCell[] {
  const cells: DataCell[] = [];
  const visit = (expr: Expr): void => {
    if (expr.kind === 'negate') visit(expr.operand);
    else if (expr.kind === 'binary') {
      visit(expr.left);
      visit(expr.right);
    } else if (expr.kind === 'cell') {
      const file = tables.get(dataName(expr.file.text))?.file ?? expr.file.text;
      // Several keys (`[vendor="B", year=2024]`) name one row: written as they are in the reference.
      const row = expr.keys?.map((k) => (k.column ? `${k.column.text}=${k.value.text}` : k.value.text)).join(', ');
      cells.push({ file, ...(row !== undefined ? { row } : {}), column: expr.column.text });
    }
  };
  visit(ref.expr);
  return cells;
}
