/**
 * The known name closest to a misspelt one, for "did you mean" hints.
 * Edit distance; nothing is suggested when every name is far off.
 */
export function closestName(wanted: string, known: Iterable<string>): string | undefined {
  const target = normalize(wanted);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const candidate = normalize(name);
    let d = editDistance(target, candidate);
    // "revenue" for "revenue_usd": a shortened name is a near miss whatever its length.
    if (target.length >= 3 && candidate.includes(target)) d = Math.min(d, 1.5);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  // Allow about one typo per three characters; beyond that the hint would mislead.
  const limit = Math.max(1, Math.floor(target.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** Case and separators (revenue-usd, Revenue USD, revenue_usd) do not count as typos. */
function normalize(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '_');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A short list of names for hints: "a, b, c, … (12 in all)". */
export function listNames(names: readonly string[], max = 8): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')}, … (${names.length} in all)`;
}
