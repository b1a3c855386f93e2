#!/usr/bin/env node
/**
 * Fuzzes lint (and so the whole compile: load, validate, model, render, data):
 * each run copies nothing, but mutates one to three files of a working copy of a
 * seed deck (bytes, lines, YAML values, encodings, files added or removed), lints
 * it in-process and checks that
 *   - nothing throws;
 *   - every diagnostic is a catalogue code with its catalogue severity and a message;
 *   - every diagnostic points into a real file of the deck: 1 ≤ line ≤ the file's
 *     line count, 1 ≤ column ≤ that line's length + 1.
 * Runs are reproducible from (seed, run number).
 *
 *   node scripts/fuzz.js [--seed N] [--runs M] [--verbose]     (after `npx tsc -p .`)
 *   node scripts/fuzz.js --seed N --only RUN --dump DIR          replays one run, keeps its deck in DIR
 *
 * The vitest suite (tests/fuzz/) runs the same fuzzer on src/ with a fixed seed.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Decks the fuzzer starts from: small, and together using every feature. */
export const SEED_DECKS = ['tests/fuzz/seed-deck', 'tests/fixtures/basic-layouts', 'tests/fixtures/lint-clean-bom-crlf-tabs'];

/** Deterministic PRNG (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)] };
}

// Lines and fragments that hit the grammar: separators, YAML syntax, references, links, hostile text.
const LINES = [
  '---', '---\n---', '', '# ', '# A headline', 'layout: splt', 'layout: agenda', 'layout: chart', 'layout: {}', 'id: opening', 'id: Bad Id',
  'id: [1, 2]', 'hidden: yes', 'tags: talk', 'sources: []', 'sources: [{ txt: x }]', 'image: { src: nope.png }', 'image: { src: figure.svg }',
  'chart: { type: pie, data: nope.csv, x: a, y: b }', 'chart: 3', 'chart: { vega-lite: spec.json }', 'table: { data: revenue.csv }', 'stats: [1, 2, 3, 4, 5]',
  'visual: centre', 'left: { body: 3 }', 'title:', 'title: ""', 'theme: nope', 'lang: x', 'date: 2024-02-30', 'variants: { talk: { ids: [nope] } }',
  'variants: []', 'pdf: { fragments: all }', '[link](#nowhere)', '![](missing.png)', '![alt](../outside.png)', '<img src="x.png">', '{{ revenue[2024].usd }}',
  '{{ nope[1].x | usd }}', '{{', '}}', '\\{{ literal', '{{ revenue[2024].usd / 0 | percent }}', 'key: [unclosed', 'key: "unclosed', 'a: b: c',
  ': :', '&anchor x', '*alias', 'x: !!binary abc', '<<: *x', '? complex', '|', '>-', '%YAML 1.2', '...', '\t- tab', '  - item',
  '```', '~~~', '<!-- comment', '<script>throw new Error("x")</script>', '| a | b |\n| - | - |', '+ fragment', '> takeaway',
  '生成式人工智慧產品的營收成長速度超過我們追蹤過的任何軟體類別', '\u202eRTL override', 'zero\u200bwidth', 'e\u0301\u0301\u0301', '😀👩‍👩‍👧', '\ufeff',
  '\r', 'x'.repeat(5000), '# ' + 'Long headline words '.repeat(40),
  '{{ units[vendor="Vendor B", year=2024].units_k }}', '{{ units[vendor="Vendor B"].units_k }}', '{{ (1 + 2) * 3 / 0 | signed-percent }}',
  '{{ market#Pricse[2024].usd }}', '{{ market#Prices[year=2024, usd=0.11].usd | signed-number }}', 'chart: { type: line, data: units.csv, x: year, y: units_k, where: { vendor: "Vendor C" }, labels: [x] }',
  // Hostile values and links (issue #11): HTML, Markdown and control characters in data, refused schemes, non-finite numbers.
  'evil: "<img src=x onerror=alert(1)> [x](https://e.example/) **b**"', 'x,<script>1</script>,[y](javascript:1),\u001b[2J', '[j](javascript:alert(1))',
  '[v]( VBScript:x)', '![f](file:///etc/passwd)', 'sources: [{ text: s, url: "data:text/html,x" }]', 'sources: [{ text: s, url: "javascript:1" }]',
  '{ "usd": 1e999 }', 'usd: .inf', '\u001b]0;title\u0007', 'a'.repeat(100000),
];

// Pieces of the reference grammar, strung together at random inside {{ … }}.
export const REFERENCE_PARTS = [
  'revenue', 'units', 'market', 'facts', 'nope', '#Prices', '#', '[2024]', '[', ']', '[vendor="Vendor B", year=2024]', '[vendor=', '"Vendor B"', "'x", ',',
  '=', '.usd', '.units_k', '.', '(', ')', '+', '-', '*', '/', ' - ', '0', '1e999', '-1', '0.5', '|', '| signed-percent', '| signed-number', '| usd', ' ',
];
const CHARS = [...'-:#[]{}|>*&!%@`"\'\\\t\n\r {}(),.?/ \u00a0é字😀\u0000\u200b\ufeff'];
const VALUES = ['', '~', 'null', 'true', '3', '-1', '1e999', '0x1F', '[]', '{}', '[a, [b, {c: d}]]', '"quoted"', "'single'", '2024-10-15', '|\n  block', '*x', '&x y'];

/** The mutations: each takes the file's text (or bytes) and returns new content. */
const MUTATIONS = {
  deleteLine: (t, r) => edit(t, r, (lines, i) => lines.splice(i, 1)),
  duplicateLine: (t, r) => edit(t, r, (lines, i) => lines.splice(i, 0, lines[i])),
  swapLines: (t, r) => edit(t, r, (lines, i) => {
    const j = r.int(lines.length);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }),
  insertLine: (t, r) => edit(t, r, (lines, i) => lines.splice(i, 0, r.pick(LINES))),
  replaceValue: (t, r) => edit(t, r, (lines, i) => {
    const m = /^(\s*-?\s*[\w-]+:)(.*)$/.exec(lines[i]);
    lines[i] = m ? `${m[1]} ${r.pick(VALUES)}` : `${lines[i]}: ${r.pick(VALUES)}`;
  }),
  reindent: (t, r) => edit(t, r, (lines, i) => {
    lines[i] = r.next() < 0.5 ? `${r.pick([' ', '  ', '\t', '    '])}${lines[i]}` : lines[i].trimStart();
  }),
  replaceChar: (t, r) => {
    const i = r.int(t.length + 1);
    return t.slice(0, i) + r.pick(CHARS) + t.slice(i + 1);
  },
  insertChars: (t, r) => {
    const i = r.int(t.length + 1);
    return t.slice(0, i) + Array.from({ length: 1 + r.int(6) }, () => r.pick(CHARS)).join('') + t.slice(i);
  },
  deleteRange: (t, r) => {
    const i = r.int(t.length + 1);
    return t.slice(0, i) + t.slice(i + 1 + r.int(40));
  },
  truncate: (t, r) => t.slice(0, r.int(t.length + 1)),
  empty: () => '',
  doubled: (t) => t + t,
  bom: (t) => `\ufeff${t}`,
  crlf: (t) => t.replace(/\r?\n/g, '\r\n'),
  crOnly: (t) => t.replace(/\r?\n/g, '\r'),
  tabs: (t) => t.replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2)),
  reference: (t, r) => {
    const i = r.int(t.length + 1);
    const parts = Array.from({ length: 1 + r.int(8) }, () => r.pick(REFERENCE_PARTS)).join('');
    return `${t.slice(0, i)}{{ ${parts} }}${t.slice(i)}`;
  },
  invalidUtf8: (t, r) => bytesWith(t, r, [0xc3, 0x28, 0xff, 0xfe, 0xe9]),
  nulByte: (t, r) => bytesWith(t, r, [0x00]),
};

function edit(text, r, change) {
  const lines = text.split('\n');
  change(lines, r.int(lines.length));
  return lines.join('\n');
}

function bytesWith(text, r, bytes) {
  const encoded = Buffer.from(text, 'utf8');
  const i = r.int(encoded.length + 1);
  return Buffer.concat([encoded.subarray(0, i), Buffer.from([r.pick(bytes)]), encoded.subarray(i)]);
}

/** Files under a deck, as POSIX paths relative to it. */
async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort();
}

/** Checks one lint result; returns a description of every broken invariant. */
export async function checkDiagnostics(diagnostics, deckDir, catalogue) {
  const problems = [];
  const display = relative(process.cwd(), deckDir).split(sep).join('/');
  for (const d of diagnostics) {
    const where = `${d.code} at ${d.file}:${d.line}:${d.column}`;
    const entry = catalogue[d.code];
    if (!entry) problems.push(`${where}: not a catalogue code`);
    else if (entry.severity !== d.severity) problems.push(`${where}: severity ${d.severity}, catalogue says ${entry.severity}`);
    if (typeof d.message !== 'string' || d.message.trim() === '') problems.push(`${where}: no message`);
    if (!Number.isInteger(d.line) || !Number.isInteger(d.column) || d.line < 1 || d.column < 1) {
      problems.push(`${where}: line and column must be integers ≥ 1`);
      continue;
    }
    if (d.file === display) {
      if (d.line !== 1 || d.column !== 1) problems.push(`${where}: a position in a folder must be 1:1`);
      continue;
    }
    if (!d.file.startsWith(`${display}/`) || !existsSync(d.file) || !(await stat(d.file)).isFile()) {
      problems.push(`${where}: not a file of the deck`);
      continue;
    }
    // A workbook cell: its address must agree with its row and column.
    if (d.cell !== undefined) {
      const m = /^(.+)!([A-Z]+)(\d+)$/.exec(d.cell);
      const column = m ? [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
      if (!m || Number(m[3]) !== d.line || column !== d.column) problems.push(`${where}: cell ${d.cell} is not row ${d.line}, column ${d.column}`);
      continue;
    }
    // Lines as editors count them: LF, CRLF or a lone CR ends a line.
    const text = (await readFile(d.file)).toString('utf8');
    const lines = text.split(/\r\n|\r|\n/);
    if (d.line > lines.length) problems.push(`${where}: the file has ${lines.length} lines`);
    else if (d.column > lines[d.line - 1].length + 1) problems.push(`${where}: line ${d.line} has ${lines[d.line - 1].length} characters`);
  }
  return problems;
}

/**
 * Runs `runs` mutations from `seed`. `lint(dir)` returns { diagnostics }; `catalogue`
 * maps code names to { severity }. Returns the failures (empty when all is well).
 */
export async function fuzz({ seed = 1, runs = 2000, lint, catalogue, decks = SEED_DECKS, log = () => {}, only, dump }) {
  const work = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'deckpress-fuzz-'));
  const failures = [];
  try {
    const copies = [];
    for (const deck of decks) {
      const copy = join(work, deck.split('/').pop());
      await cp(join(ROOT, deck), copy, { recursive: true });
      await rm(join(copy, 'expected.json'), { force: true });
      copies.push({ dir: copy, files: await listFiles(copy) });
    }
    for (let run = only ?? 0; run < (only === undefined ? runs : only + 1); run++) {
      const r = random(seed * 100003 + run);
      const { dir, files } = r.pick(copies);
      const restore = new Map();
      const added = [];
      const steps = [];
      const touch = async (file) => {
        if (!restore.has(file)) restore.set(file, existsSync(join(dir, file)) ? await readFile(join(dir, file)) : undefined);
      };
      try {
        for (let n = 1 + r.int(3); n > 0; n--) {
          const roll = r.next();
          if (roll < 0.05) {
            const file = r.pick(['sections/99-fuzz.md', 'sections/00-fuzz.md', 'sections/notes.txt', 'data/fuzz.csv', 'assets/fuzz.png']);
            await touch(file);
            if (!existsSync(join(dir, dirname(file)))) {
              await mkdir(join(dir, dirname(file)));
              added.push(dirname(file));
            }
            await writeFile(join(dir, file), r.pick(LINES) + '\n' + r.pick(LINES));
            steps.push(`add ${file}`);
          } else if (roll < 0.08) {
            const file = r.pick(files);
            await touch(file);
            if (existsSync(join(dir, file))) await unlink(join(dir, file));
            steps.push(`delete ${file}`);
          } else {
            const file = r.pick(files.filter((f) => /\.(md|ya?ml|csv|json)$/.test(f)));
            await touch(file);
            if (!existsSync(join(dir, file))) continue;
            const name = r.pick(Object.keys(MUTATIONS));
            const text = (await readFile(join(dir, file))).toString('utf8');
            await writeFile(join(dir, file), MUTATIONS[name](text, r));
            steps.push(`${name} ${file}`);
          }
        }
        let diagnostics;
        try {
          ({ diagnostics } = await lint(dir));
        } catch (error) {
          failures.push({ run, seed, steps, problem: `threw: ${error?.stack ?? error}` });
          continue;
        }
        const problems = await checkDiagnostics(diagnostics, dir, catalogue);
        if (problems.length) failures.push({ run, seed, steps, problem: problems.join('; ') });
        log(`run ${run}: ${steps.join(', ')} → ${diagnostics.length} diagnostics${problems.length ? ' ✗' : ''}`);
        if (dump) await cp(dir, join(dump, `run-${run}`), { recursive: true });
      } finally {
        for (const [file, bytes] of restore) {
          if (bytes === undefined) await rm(join(dir, file), { force: true });
          else await writeFile(join(dir, file), bytes);
        }
        for (const folder of added) await rm(join(dir, folder), { recursive: true, force: true });
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return failures;
}

async function main() {
  const { parseArgs } = await import('node:util');
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: String(Date.now() % 100000) },
      runs: { type: 'string', default: '2000' },
      only: { type: 'string' },
      dump: { type: 'string' },
      verbose: { type: 'boolean', default: false },
    },
  });
  process.chdir(ROOT);
  const { lintDeck } = await import(pathToFileURL(join(ROOT, 'lib/lint/lint-deck.js')).href);
  const { catalogue } = await import(pathToFileURL(join(ROOT, 'lib/diagnostics/catalogue.js')).href);
  const seed = Number(values.seed);
  const runs = Number(values.runs);
  const started = performance.now();
  const failures = await fuzz({
    seed,
    runs,
    lint: lintDeck,
    catalogue,
    log: values.verbose ? (line) => process.stdout.write(`${line}\n`) : () => {},
    ...(values.only !== undefined ? { only: Number(values.only) } : {}),
    ...(values.dump !== undefined ? { dump: resolve(values.dump) } : {}),
  });
  for (const f of failures) process.stdout.write(`FAIL seed ${f.seed} run ${f.run} [${f.steps.join(', ')}]\n  ${f.problem}\n`);
  const count = values.only === undefined ? runs : 1;
  process.stdout.write(`${count} run${count === 1 ? '' : 's'}, seed ${seed}, ${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  process.exitCode = failures.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
