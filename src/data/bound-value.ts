import type { SourcePosition } from '../diagnostics/diagnostic.js';

/** One data cell: the file it lives in, its row key (absent in a key-value file) and its column (or key). */
export interface DataCell {
  file: string;
  row?: string;
  column: string;
}

/**
 * A value a slide shows that came from data: the text shown, the expression as
 * written (a `{{ … }}` reference, or the chart column it plots), the cells it read
 * and where the expression is written. The build manifest lists them; `diff` says
 * which ones moved.
 */
export interface BoundValue {
  shown: string;
  expression: string;
  cells: DataCell[];
  at: SourcePosition;
}
