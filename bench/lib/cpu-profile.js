// Reads a V8 .cpuprofile (node --cpu-prof) and sums self time by package, by
// deckpress module and by function: where a process spends its time.
import { readFile } from 'node:fs/promises';

/** Which bucket a script URL belongs to: an npm package, a deckpress module, Node itself. */
export function bucketOf(url) {
  if (!url) return '(native: gc, fs, compile)';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return `npm ${pkg[1]}`;
  const own = url.match(/\/(lib|bin|scripts)\/(.+)$/);
  if (own) return `deckpress ${own[1]}/${own[2]}`;
  if (url.startsWith('node:')) return 'node internals (module loader, fs, …)';
  return url;
}

/** @returns {Promise<{ totalMs: number, buckets: [string, number][], functions: [string, number][] }>} */
export async function summarizeProfile(file) {
  const profile = JSON.parse(await readFile(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const buckets = new Map();
  const functions = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)') continue;
    total += us;
    const bucket = bucketOf(callFrame.url);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + us);
    const name = (callFrame.functionName || '(anonymous)').slice(0, 60);
    const fn = `${name}  ${bucket}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ''}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const sorted = (m) => [...m].map(([k, us]) => [k, us / 1000]).sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, buckets: sorted(buckets), functions: sorted(functions) };
}

/**
 * Inclusive CPU time of the named functions (a function and everything it calls,
 * async continuations included), each sample counted once per name.
 * @param {string} file a .cpuprofile
 * @param {(callFrame: { functionName: string, url: string }) => string | undefined} nameOf
 *   the label a frame counts towards, or undefined to skip it
 * @returns {Promise<[string, number][]>} label → ms, largest first
 */
export async function inclusiveTimes(file, nameOf) {
  const profile = JSON.parse(await readFile(file, 'utf8'));
  const parent = new Map();
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const labelsOf = new Map();
  const labels = (id) => {
    if (labelsOf.has(id)) return labelsOf.get(id);
    const up = parent.has(id) ? labels(parent.get(id)) : new Set();
    const own = nameOf(nodes.get(id).callFrame);
    const set = own && !up.has(own) ? new Set([...up, own]) : up;
    labelsOf.set(id, set);
    return set;
  };
  const totals = new Map();
  profile.samples.forEach((id, i) => {
    for (const label of labels(id)) totals.set(label, (totals.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...totals].map(([k, us]) => [k, us / 1000]).sort((a, b) => b[1] - a[1]);
}
