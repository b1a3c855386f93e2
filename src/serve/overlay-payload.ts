import { frameSource } from '../load/frame-source.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/format.js';
import type { BuildReport } from './dev-builder.js';

export interface OverlayItem {
  code: string;
  severity: 'error' | 'warning';
  file: string;
  line: number;
  column: number;
  /** A workbook cell ("Prices!B3"), shown instead of line:column. */
  cell?: string;
  message: string;
  /** The code frame and hint, as the terminal prints them. */
  detail: string;
}

export interface OverlayPayload {
  errors: number;
  warnings: number;
  items: OverlayItem[];
}

/** What the page's overlay shows for a build: its diagnostics, or the error that stopped it. */
export function overlayPayload(report: Pick<BuildReport, 'diagnostics' | 'error'>): OverlayPayload {
  const items: OverlayItem[] = sortDiagnostics(report.diagnostics).map((d) => ({
    code: d.code,
    severity: d.severity,
    file: d.file,
    line: d.line,
    column: d.column,
    ...(d.cell ? { cell: d.cell } : {}),
    message: d.message,
    detail: formatDiagnostic(d, { source: frameSource }).split('\n').slice(1).join('\n'),
  }));
  if (report.error) {
    items.unshift({ code: 'InternalError', severity: 'error', file: '', line: 0, column: 0, message: report.error.message, detail: 'The build stopped; it runs again on the next edit.' });
  }
  const errors = items.filter((i) => i.severity === 'error').length;
  return { errors, warnings: items.length - errors, items };
}
