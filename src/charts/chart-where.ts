import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js';
import { findColumn, keyMatches } from '../data/find-table.js';
import type { DataTable } from '../data/table.js';
import type { ChartSpec } from './chart-spec.js';
import type { Locate } from './validate-chart-spec.js';

/**
 * The rows a chart's `where: { vendor: "Vendor B" }` keeps: those whose every named column
 * holds the value, compared as row keys are ({{ units[vendor="Vendor B"] }}). An unknown
 * column is placed at its key under `where`; no row left is an error at `where`.
 * Applied once per chart, where the deck's data binding finds the chart's table: the
 * SVG, the build manifest's values and the pptx chart all read the rows it keeps.
 */
export function applyWhere(spec: ChartSpec, table: DataTable, locate: Locate): { table?: DataTable; diagnostics: Diagnostic[] } {
  // An unreadable file already has its parse error (the chart is not drawn): its columns are unknown, not wrong.
  if (!spec.where || table.unreadable) return { table, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const conditions: { column: string; value: string }[] = [];
  for (const [name, value] of Object.entries(spec.where)) {
    const found = findColumn(table, name, locate(['chart', 'where', name]));
    diagnostics.push(...found.diagnostics);
    if (found.column) conditions.push({ column: found.column.name, value });
  }
  if (diagnostics.length > 0) return { diagnostics };
  const rows = table.rows.filter((row) => conditions.every((c) => keyMatches(row.values[c.column], c.value)));
  if (rows.length === 0 && table.rows.length > 0) {
    const stated = conditions.map((c) => `${c.column}="${c.value}"`).join(', ');
    return { diagnostics: [diagnose('ChartSpecInvalid', locate(['chart', 'where']), { detail: `no row of ${table.file} matches ${stated}`, fix: 'A where value is compared with the cell as written in the file; check its spelling and case.' })] };
  }
  return { table: { ...table, rows }, diagnostics };
}
