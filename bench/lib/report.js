// Result rows and the small table every suite prints. A row compares our median
// with a baseline's (target: a maximum ratio) or stands alone (target: a time).

/**
 * @typedef {{ name: string, baseline?: string, baselineMs?: number, ours: number,
 *   ratio?: number, target: string, pass: boolean }} Row
 */

/** Ours against a peer tool measured in the same run; passes when ours/baseline ≤ maxRatio. */
export function ratioRow({ name, baseline, baselineMs, ours, maxRatio, target }) {
  const ratio = ours / baselineMs;
  return { name, baseline, baselineMs, ours, ratio, target: target ?? `≤ ${maxRatio.toFixed(2)}×`, pass: ratio <= maxRatio };
}

/** Ours against a fixed time budget. */
export function timeRow({ name, ours, maxMs }) {
  return { name, ours, target: `≤ ${formatMs(maxMs)}`, pass: ours <= maxMs };
}

export function formatMs(ms) {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

/** @param {string} title @param {Row[]} rows */
export function formatTable(title, rows) {
  const header = ['measure', 'baseline', 'ours', 'ratio', 'target', 'result'];
  const cells = rows.map((r) => [
    r.name,
    r.baselineMs === undefined ? '—' : `${r.unit === 'count' ? Math.round(r.baselineMs) : formatMs(r.baselineMs)} (${r.baseline})`,
    r.unit === 'count' ? String(Math.round(r.ours)) : formatMs(r.ours),
    r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.pass ? 'PASS' : 'MISS',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => v.padEnd(widths[i])).join('  ').trimEnd();
  return [title, line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
