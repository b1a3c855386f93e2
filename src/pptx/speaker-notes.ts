/** Speaker notes as PowerPoint notes: plain text, the Markdown flattened (bullets kept as "• "). */
import type { MarkdownText } from './markdown-runs.js';

export function notesText(notes: MarkdownText | undefined): string {
  if (!notes) return '';
  let text = '';
  for (const run of notes.runs) {
    const bullet = run.options?.bullet;
    if (bullet && (text === '' || text.endsWith('\n'))) text += typeof bullet === 'object' && bullet.type === 'number' ? `${bullet.numberStartAt ?? 1}. ` : '• ';
    text += run.text ?? '';
    if (run.options?.breakLine) text += '\n';
  }
  return text.trim();
}
