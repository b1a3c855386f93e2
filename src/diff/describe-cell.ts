import type { ValueChange } from './compare-manifests.js';

/** "data/openai-revenue.csv [2024] revenue_usd": the cells of a value, as the text output and the report show them. */
export function describeCells(cells: ValueChange['data']['cells']): string {
  return cells.map((c) => `${c.file}${c.row === undefined ? '' : ` [${c.row}]`} ${c.column}`).join(', ');
}
