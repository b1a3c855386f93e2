import type { DeckDiff } from './compare-manifests.js';
import { describeCells } from './describe-cell.js';

/** The text output: one line per slide that changed, its value changes indented below it, and a count. */
export function formatDiffText(diff: DeckDiff): string {
  const lines: string[] = [];
  for (const c of diff.changed) {
    const was = c.was ? ` (was ${c.was})` : '';
    lines.push(`changed  ${c.id}${was}  #${c.to}  ${c.headline ? `“${c.headline}”  ` : ''}[${c.parts.join(', ')}]`);
    for (const v of c.values) lines.push(`           ${v.from ?? '(none)'} → ${v.to ?? '(none)'}  ${describeCells(v.data.cells)}  ${v.data.at}`);
  }
  for (const id of diff.added) lines.push(`added    ${id}`);
  for (const id of diff.removed) lines.push(`removed  ${id}`);
  for (const m of diff.moved) lines.push(`moved    ${m.id}  #${m.from} → #${m.to}`);
  const counts = [`${diff.changed.length} changed`, `${diff.added.length} added`, `${diff.removed.length} removed`, `${diff.moved.length} moved`, `${diff.unchanged} unchanged`];
  lines.push(counts.join(', '));
  return `${lines.join('\n')}\n`;
}
