/**
 * "Did you mean" for every name a user can misspell: layouts, chart types,
 * formats, data files, rows and columns, keys, variants, CLI options. One
 * function, so every hint follows the same rules.
 */

/**
 * The candidate closest to a misspelt name, or undefined when none is plausibly
 * meant. `synonyms` maps words users reach for from other tools to our names
 * (a chart `pie` is our `donut`).
 */
export function closest(name: string, candidates: Iterable<string>, synonyms: Readonly<Record<string, string>> = {}): string | undefined {
  const target = normalize(name);
  const list = [...candidates];
  const synonym = synonyms[target];
  if (synonym !== undefined && list.includes(synonym)) return synonym;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const normal = normalize(candidate);
    let d = editDistance(target, normal);
    // "revenue" for "revenue_usd": a shortened name is a near miss whatever its length.
    if (target.length >= 3 && normal.includes(target)) d = Math.min(d, 1.5);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // Allow about one typo per three characters, so "splt" finds "split" but "xyz" finds nothing.
  return bestDistance <= Math.max(1, Math.floor(target.length / 3)) ? best : undefined;
}

/** A short list of names for hints: "a, b, c, … (12 in all)". */
export function listNames(names: readonly string[], max = 8): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')}, … (${names.length} in all)`;
}

/** Case and separators (revenue-usd, Revenue USD, revenue_usd) do not count as typos. */
function normalize(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '_');
}

/** Edit distance in which swapping two neighbours ("chrat" for "chart") is one typo, not two. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
