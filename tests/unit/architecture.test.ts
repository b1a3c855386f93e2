/**
 * The shape of the code, checked: no import cycle between the top-level folders
 * of src/, nothing imports the CLI, pipeline.ts lists every folder, no file over
 * 300 lines, no generated file under src/ that `npm run generate` does not keep
 * current, and no test under tests/unit that spawns the CLI or a browser.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SHARED, STAGES } from '../../src/pipeline.js';
import { REPO_ROOT } from '../helpers/repo-root.js';
// @ts-expect-error plain JS module shared with scripts/generate.js
import { WIDTHS_FILE } from '../../scripts/headline-font.js';

const SRC = join(REPO_ROOT, 'src');
const MAX_LINES = 300;

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' || name === 'node_modules' ? [] : filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** The top-level folder of src/ a file belongs to (a top-level file is its own unit: "pipeline"). */
const unitOf = (path: string) => relative(SRC, path).split('/')[0]!.replace(/\.(ts|js)$/, '');

/** Every import between different units: "from → to" with the file that makes it. */
function unitImports(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of filesUnder(SRC, /\.ts$/)) {
    // preProcessFile: TypeScript's own import scanner (static, dynamic and type-only imports alike).
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const [from, to] = [unitOf(file), unitOf(resolve(dirname(file), fileName))];
      if (from === to) continue;
      if (!graph.has(from)) graph.set(from, new Map());
      graph.get(from)!.set(to, relative(REPO_ROOT, file));
    }
  }
  return graph;
}

/** A cycle in the graph as "a → b → a" (with the importing files), or undefined. */
function findCycle(graph: Map<string, Map<string, string>>): string | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (unit: string): string | undefined => {
    if (state.get(unit) === 'open') {
      const loop = [...path.slice(path.indexOf(unit)), unit];
      return loop.map((u, i) => (i + 1 < loop.length ? `${u} (${graph.get(u)!.get(loop[i + 1]!)})` : u)).join(' → ');
    }
    if (state.get(unit) === 'done') return undefined;
    state.set(unit, 'open');
    path.push(unit);
    for (const next of graph.get(unit)?.keys() ?? []) {
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    state.set(unit, 'done');
    return undefined;
  };
  for (const unit of graph.keys()) {
    const found = visit(unit);
    if (found) return found;
  }
  return undefined;
}

describe('architecture', () => {
  const graph = unitImports();

  it('has no import cycle between the top-level folders of src/', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('finds a cycle when there is one (the check itself)', () => {
    const withCycle = new Map([['a', new Map([['b', 'src/a/x.ts']])], ['b', new Map([['a', 'src/b/y.ts']])]]);
    expect(findCycle(withCycle)).toBe('a (src/a/x.ts) → b (src/b/y.ts) → a');
  });

  it('imports nothing from cli/ outside it: the CLI is the top, the library never exits or prints', () => {
    const importers = [...graph].filter(([, to]) => to.has('cli')).map(([from, to]) => `${from} (${to.get('cli')})`);
    expect(importers).toEqual([]);
  });

  it('lists every folder of src/ in pipeline.ts, stages and shared facts', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory()).sort();
    expect([...STAGES, ...SHARED].map((s) => s.folder).sort()).toEqual(folders);
  });

  it(`has no source file over ${MAX_LINES} lines`, () => {
    const files = ['src', 'bin', 'scripts', 'tests', 'bench'].flatMap((dir) => filesUnder(join(REPO_ROOT, dir), /\.(ts|js)$/));
    expect(files.length).toBeGreaterThan(100);
    const long = files.map((file) => [relative(REPO_ROOT, file), readFileSync(file, 'utf8').split('\n').length] as const).filter(([, lines]) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('has no generated file under src/ but the measured headline widths, which npm run generate keeps current', () => {
    const generated = filesUnder(SRC, /\.ts$/).filter((file) => /generated\b[^\n]*do not edit/i.test(readFileSync(file, 'utf8').split('\n').slice(0, 10).join(' ')));
    expect(generated.map((file) => relative(REPO_ROOT, file))).toEqual([WIDTHS_FILE]);
  });

  it('has no test under tests/unit that spawns the CLI, a process or a browser', () => {
    const spawning = /child_process|runCli|helpers\/run-cli|bin\/deckpress|\/lib\/|puppeteer\.launch\(\{|launchBrowser\(|startPdfExport\(/;
    const tests = filesUnder(join(REPO_ROOT, 'tests', 'unit'), /\.ts$/).filter((file) => !file.endsWith('architecture.test.ts'));
    const offenders = tests.filter((file) => spawning.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(REPO_ROOT, file))).toEqual([]);
  });
});
