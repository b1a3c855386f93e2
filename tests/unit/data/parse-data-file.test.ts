import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFolder, parseDataFile } from '../../../src/load/parse-data-file.js';
import { parseYaml } from '../../../src/load/parse-yaml.js';

describe('parseDataFile: CSV', () => {
  it('reads a BOM, CRLF line ends and quoted fields with commas, quotes and newlines', () => {
    const text = '\uFEFFyear,label,revenue_usd\r\n2022,"Chat, API",200000000\r\n2023,"say ""hi""\r\nand more",1600000000\r\n2024,plain,3700000000\r\n';
    const { table, diagnostics } = parseDataFile(text, 'data/rev.csv');
    expect(diagnostics).toEqual([]);
    expect(table?.name).toBe('rev');
    expect(table?.columns).toEqual([
      { name: 'year', type: 'number', years: true },
      { name: 'label', type: 'text' },
      { name: 'revenue_usd', type: 'number' },
    ]);
    expect(table?.rows.map((r) => r.values.label)).toEqual(['Chat, API', 'say "hi"\nand more', 'plain']);
    expect(table?.rows.map((r) => r.values.revenue_usd)).toEqual([2e8, 1.6e9, 3.7e9]);
  });

  it('keeps the line each row starts on, across blank lines and multi-line fields', () => {
    const text = 'k,v\n\na,1\n"b\nb",2\n\n\nc,3';
    const { table } = parseDataFile(text, 'data/x.csv');
    expect(table?.rows.map((r) => [r.values.k, r.line])).toEqual([
      ['a', 3],
      ['b\nb', 4],
      ['c', 8],
    ]);
  });

  it('infers number, date and text columns; empty cells are null', () => {
    const text = 'name,when,n,mixed,grouped\nx,2024-10-15,1.5,3,"1,234"\ny,2024-11,,n/a,"12,000.5"\n';
    const { table } = parseDataFile(text, 'data/t.csv');
    expect(table?.columns.map((c) => c.type)).toEqual(['text', 'date', 'number', 'text', 'number']);
    expect(table?.rows[1]?.values).toEqual({ name: 'y', when: '2024-11', n: null, mixed: 'n/a', grouped: 12000.5 });
  });

  it('reports a row with too many fields at its line', () => {
    const { diagnostics, table } = parseDataFile('a,b\n1,2\n3,4,5\n', 'data/bad.csv');
    expect(diagnostics).toMatchObject([{ code: 'DataParseError', file: 'data/bad.csv', line: 3, column: 1 }]);
    expect(table?.rows).toHaveLength(1);
  });

  it('reports an unclosed quote and yields an unreadable table', () => {
    const { diagnostics, table } = parseDataFile('a,b\n1,"x\n2,3\n', 'data/q.csv');
    expect(diagnostics[0]).toMatchObject({ code: 'DataParseError', file: 'data/q.csv' });
    expect(diagnostics[0]?.hint).toContain('""');
    expect(table?.unreadable).toBe(true);
  });

  it('ignores empty columns after the table and rows of empty fields, as a spreadsheet saves them', () => {
    const { table, diagnostics } = parseDataFile('year,usd,,\n2022,1.5,,\n,,,\n2023,2.5,\n,,,\n', 'data/x.csv');
    expect(diagnostics).toEqual([]);
    expect(table?.columns.map((c) => c.name)).toEqual(['year', 'usd']);
    expect(table?.rows.map((r) => [r.line, r.values.usd])).toEqual([[2, 1.5], [4, 2.5]]);
    // A column with a value but no name is still an error, and so is a row with more values than the header names.
    expect(parseDataFile('year,usd,\n2022,1.5,x\n', 'data/y.csv').diagnostics[0]!.message).toContain('column 3 of the header row has no name');
    expect(parseDataFile('year,usd\n2022,1.5,x\n', 'data/z.csv').diagnostics[0]!.message).toContain('line 2 has 3 fields but the header has 2');
  });

  it('reports a file separated by semicolons or tabs once, at the header, and yields no table to pile errors on', () => {
    const semicolons = parseDataFile('year;usd\n2022;1,5\n2023;2,5\n', 'data/eu.csv');
    expect(semicolons.diagnostics).toMatchObject([{ code: 'DataParseError', line: 1, column: 5 }]);
    expect(semicolons.diagnostics[0]!.message).toContain('separated by semicolons (year;usd)');
    expect(semicolons.diagnostics[0]!.hint).toContain('1.5, not 1,5');
    expect(semicolons.table?.unreadable).toBe(true);
    expect(parseDataFile('year\tusd\n2022\t1.5\n', 'data/t.csv').diagnostics[0]!.message).toContain('separated by tabs');
    // One column is a table too, and a semicolon inside a quoted field is text.
    expect(parseDataFile('year\n2022\n', 'data/one.csv').diagnostics).toEqual([]);
    expect(parseDataFile('name,note\nA,"x;y"\n', 'data/q.csv').diagnostics).toEqual([]);
    // A one-column file whose name has a semicolon, quoted or not, is a one-column table.
    expect(parseDataFile('"a;b"\n1\n', 'data/n.csv').diagnostics).toEqual([]);
    expect(parseDataFile('revenue; usd\n1\n', 'data/n.csv').diagnostics).toEqual([]);
    expect(parseDataFile('\nyear;usd\n2022;1,5\n', 'data/eu.csv').diagnostics).toMatchObject([{ line: 2, column: 5 }]);
  });

  it('keeps codes written with a leading zero as text, and marks a column of years', () => {
    const { table } = parseDataFile('office,zip,year,code,share,growth\nBoston,02134,2024,007,0.5,-0.25\nAustin,78701,2023,042,.5,1\n', 'data/o.csv');
    expect(table?.columns).toEqual([
      { name: 'office', type: 'text' },
      { name: 'zip', type: 'text' },
      { name: 'year', type: 'number', years: true },
      { name: 'code', type: 'text' },
      { name: 'share', type: 'number' },
      { name: 'growth', type: 'number' },
    ]);
    expect(table?.rows[0]?.values).toMatchObject({ zip: '02134', code: '007', share: 0.5, growth: -0.25 });
    expect(parseDataFile('k,v\na,"01,234"\nb,"1,234"\n', 'data/g.csv').table?.columns[1]?.type).toBe('text');
  });

  it('reports a duplicate header, and accepts repeated keys (long-format data)', () => {
    expect(parseDataFile('a,a\n1,2\n', 'data/d.csv').diagnostics[0]?.message).toContain('"a" twice');
    expect(parseDataFile('year,region,v\n2023,US,1\n2023,EU,2\n', 'data/k.csv').diagnostics).toEqual([]);
  });
});

describe('parseDataFile: formula errors saved as text', () => {
  it('are an error per column at the first such cell, with how many more the column has', () => {
    const { diagnostics } = parseDataFile('year,usd,note\n2022,1.5, #N/A\n2023,#DIV/0!,#1 seed\n2024,#DIV/0!,x\n', 'data/r.csv');
    expect(diagnostics).toMatchObject([
      { code: 'FormulaErrorCell', severity: 'error', file: 'data/r.csv', line: 2, column: 10 },
      { code: 'FormulaErrorCell', severity: 'error', file: 'data/r.csv', line: 3, column: 6 },
    ]);
    expect(diagnostics[0]!.message).toBe('Cell data/r.csv:2 (column note) holds the formula error #N/A, saved as text, which a slide would show in place of a value.');
    expect(diagnostics[1]!.message).toContain('1 more cell below it in the column holds an error too.');
    expect(diagnostics[1]!.hint).toContain('#DIV/0!: it divides by zero or by an empty cell');
  });

  it('are found in JSON and YAML text values too, not in numbers or other text with a #', () => {
    expect(parseDataFile('[{"year": 2024, "usd": "#REF!"}]', 'data/r.json').diagnostics).toMatchObject([{ code: 'FormulaErrorCell', line: 1, column: 24 }]);
    expect(parseDataFile('total: "#VALUE!"\nrank: "#1"\n', 'data/f.yaml').diagnostics).toMatchObject([{ code: 'FormulaErrorCell', line: 1, column: 8 }]);
    expect(parseDataFile('team,rank\nA,#1\nB,#N/A later\n', 'data/t.csv').diagnostics).toEqual([]);
  });
});

describe('parseDataFile: JSON and YAML', () => {
  it('reads a JSON array of records with each record’s line', () => {
    const text = '[\n  {"model": "GPT-4", "score": 86.4},\n  {\n    "model": "Claude 3",\n    "score": 88.2\n  }\n]\n';
    const { table, diagnostics } = parseDataFile(text, 'data/scores.json');
    expect(diagnostics).toEqual([]);
    expect(table?.columns).toEqual([
      { name: 'model', type: 'text' },
      { name: 'score', type: 'number' },
    ]);
    expect(table?.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('reports JSON syntax errors (trailing comma) at their line', () => {
    const { diagnostics } = parseDataFile('[\n  {"a": 1},\n]\n', 'data/bad.json');
    expect(diagnostics[0]).toMatchObject({ code: 'DataParseError', file: 'data/bad.json', line: 2, column: 11 });
    expect(diagnostics[0]?.message).toContain('trailing comma');
  });

  it('reads a YAML array of records and a { columns, rows } table', () => {
    const records = parseDataFile('- year: 2023\n  users: 100\n- year: 2024\n  users: 180\n', 'data/u.yaml');
    expect(records.table?.rows.map((r) => [r.line, r.values.users])).toEqual([
      [1, 100],
      [3, 180],
    ]);
    const table = parseDataFile('columns: [year, users]\nrows:\n  - [2023, 100]\n  - [2024, 180]\n', 'data/u.yml');
    expect(table.table?.columns.map((c) => c.name)).toEqual(['year', 'users']);
    expect(table.table?.rows.map((r) => [r.line, r.values.year])).toEqual([
      [3, 2023],
      [4, 2024],
    ]);
  });

  it('reads a mapping of scalars as a key-value record', () => {
    const { table } = parseDataFile('report_slides: 212\nedition: "2024"\npublished: 2024-10-10\n', 'data/facts.yaml');
    expect(table?.kind).toBe('record');
    expect(table?.record).toEqual({
      report_slides: { value: 212, line: 1 },
      edition: { value: 2024, line: 2 },
      published: { value: '2024-10-10', line: 3 },
    });
    expect(table?.rows).toHaveLength(3);
  });

  it('rejects nested values in a key-value file with their line', () => {
    const { diagnostics } = parseDataFile('a: 1\nb:\n  c: 2\n', 'data/n.yaml');
    expect(diagnostics[0]).toMatchObject({ code: 'DataParseError', line: 3 });
  });

  it('keeps the written order of keys that look like numbers (a wide table by year)', () => {
    const yaml = parseDataFile('- { country: US, 2024: 3, 2023: 2 }\n- { country: EU, 2024: 1, 2023: 1 }\n', 'data/wide.yaml');
    expect(yaml.table?.columns.map((c) => c.name)).toEqual(['country', '2024', '2023']);
    const json = parseDataFile('[{"country": "US", "2024": 3, "2023": 2}]', 'data/wide.json');
    expect(json.table?.columns.map((c) => c.name)).toEqual(['country', '2024', '2023']);
    const record = parseDataFile('total: 9\n2024: 3\n2023: 2\n', 'data/years.yaml');
    expect(record.table?.rows.map((r) => r.values.key)).toEqual(['total', '2024', '2023']);
    expect(record.table?.record?.['2023']).toEqual({ value: 2, line: 3 });
  });

  it('places a cell in error at its own line and column', () => {
    const { diagnostics } = parseDataFile('- year: 2023\n  date: 2023-02-30\n', 'data/d.yaml');
    expect(diagnostics).toMatchObject([{ code: 'ImpossibleDate', line: 2, column: 9 }]);
  });

  it('reads anchors and aliases, and "1e999" in quotes as text', () => {
    const rows = parseDataFile('- &first { year: 2023, v: 1 }\n- *first\n- { year: 2024, v: "1e999" }\n', 'data/a.yaml');
    expect(rows.diagnostics).toEqual([]);
    expect(rows.table?.rows.map((r) => [r.line, r.values.year])).toEqual([[1, 2023], [2, 2023], [3, 2024]]);
  });

  it('reports a key written twice at the second one', () => {
    const { diagnostics } = parseDataFile('- year: 2023\n  v: 1\n  v: 2\n', 'data/twice.yaml');
    expect(diagnostics[0]).toMatchObject({ code: 'DataParseError', line: 3 });
  });

  it('refuses aliases that multiply (nine lines, a billion values) quickly, in data and in front matter', () => {
    let bomb = 'a0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n';
    for (let n = 1; n <= 8; n++) bomb += `a${n}: &a${n} [${Array(10).fill(`*a${n - 1}`).join(', ')}]\n`;
    const started = performance.now();
    expect(parseDataFile(bomb, 'data/b.yaml').diagnostics[0]?.message).toContain('Excessive alias count');
    expect(parseYaml(bomb, { file: 's.md', line: 2, column: 1 }).diagnostics[0]?.code).toBe('YamlSyntax');
    // Seconds, not the minutes of walking every copy: a generous bound for a slow machine.
    expect(performance.now() - started).toBeLessThan(5000);
    // A few aliases are fine.
    expect(parseDataFile('- &r { year: 2023, v: 1 }\n- *r\n', 'data/a.yaml').table?.rows).toHaveLength(2);
  });

  it('reads a YAML 1.1 document by its own rules', () => {
    const { table } = parseDataFile('%YAML 1.1\n---\n- a: yes\n  b: 0777\n', 'data/old.yaml');
    expect(table?.rows[0]?.values).toEqual({ a: 'true', b: 511 });
  });

  it('places a syntax error after a closed bracket or quote at the error, and an unclosed one where it opens', () => {
    expect(parseDataFile('- b: [1, 2]]\n', 'data/s.yaml').diagnostics).toMatchObject([{ line: 1, column: 12 }]);
    expect(parseDataFile('- a: 1\n- b: "x"y\n', 'data/s.yaml').diagnostics).toMatchObject([{ line: 2, column: 9 }]);
    expect(parseDataFile('a: "abc\nb: 1\n', 'data/s.yaml').diagnostics).toMatchObject([{ line: 1, column: 4 }]);
  });

  it('keeps a column named __proto__', () => {
    const { table } = parseDataFile('[{"k": "a", "__proto__": 5}]', 'data/p.json');
    expect(table?.columns.map((c) => c.name)).toEqual(['k', '__proto__']);
    expect(Object.keys(table!.rows[0]!.values)).toEqual(['k', '__proto__']);
    expect(table!.rows[0]!.values['__proto__']).toBe(5);
  });

  it('reports YAML syntax errors', () => {
    const { diagnostics } = parseDataFile('- a: 1\n  b: [1,\n', 'data/s.yaml');
    expect(diagnostics[0]?.code).toBe('DataParseError');
  });
});

describe('loadDataFolder', () => {
  it('reads every data file, keyed by stem, and reports duplicate stems', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'deckpress-data-'));
    await mkdir(join(dir, 'data'));
    await writeFile(join(dir, 'data', 'a.csv'), 'k,v\nx,1\n');
    await writeFile(join(dir, 'data', 'a.json'), '[{"k": "x"}]');
    await writeFile(join(dir, 'data', 'b.yaml'), 'n: 1\n');
    await writeFile(join(dir, 'data', 'notes.txt'), 'ignored');
    const { tables, diagnostics } = await loadDataFolder(join(dir, 'data'), 'decks/x/data');
    expect([...tables.keys()]).toEqual(['a', 'b']);
    expect(tables.get('a')?.file).toBe('decks/x/data/a.csv');
    expect(diagnostics).toMatchObject([{ code: 'DuplicateDataFile', file: 'decks/x/data/a.json' }]);
  });

  it('treats a missing folder as no data', async () => {
    const { tables, diagnostics } = await loadDataFolder('/nonexistent/deckpress/data', 'data');
    expect(tables.size).toBe(0);
    expect(diagnostics).toEqual([]);
  });
});
