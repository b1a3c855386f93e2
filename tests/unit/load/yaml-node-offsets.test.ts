/**
 * Positions from js-yaml's own parse (src/load/yaml-node-offsets.ts) against the yaml
 * package's, for every key and value of every front matter and YAML file in the
 * repository's decks, test fixtures and templates, and for forms those do not show.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';
import { YAML_CORE_SCHEMA } from '../../../src/load/yaml-schema.js';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { nodeOffsets } from '../../../src/load/yaml-node-offsets.js';
import { REPO_ROOT } from '../../helpers/repo-root.js';

const fromJsYaml = (text: string) => {
  const offsets = nodeOffsets(text, (listener) => load(text, { schema: YAML_CORE_SCHEMA, listener }));
  return (path: (string | number)[], which: 'key' | 'value' = 'key') => offsets(path, which)?.offset;
};

type Found = [path: (string | number)[], which: 'key' | 'value', offset: number];

/** Every key and value of the document with the offset the yaml package gives it. */
function yamlPackageNodes(text: string): Found[] {
  const found: Found[] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const keyPath = [...path, String(pair.key.value)];
        found.push([keyPath, 'key', pair.key.range![0]]);
        const value = pair.value as Node | null;
        if (value?.range && !(isScalar(value) && value.value === null)) found.push([keyPath, 'value', value.range[0]]);
        walk(pair.value, keyPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const range = (item as Node | null)?.range;
        if (range) found.push([[...path, i], 'value', range[0]]);
        walk(item, [...path, i]);
      });
    }
  };
  walk(parseDocument(text).contents as Node, []);
  return found;
}

function yamlBlocks(): { file: string; text: string }[] {
  const blocks: { file: string; text: string }[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && !name.startsWith('.')) visit(path);
        continue;
      }
      const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      // JSON data files are read as YAML too (parse-structured-data.ts).
      if (name.endsWith('.yaml') || name.endsWith('.yml') || (name.endsWith('.json') && basename(dir) === 'data')) blocks.push({ file: path, text });
      else if (name.endsWith('.md')) text.split(/^---\r?$/m).forEach((part, i) => i % 2 === 1 && blocks.push({ file: path, text: part }));
    }
  };
  for (const dir of ['decks', 'tests/fixtures', 'templates']) visit(join(REPO_ROOT, dir));
  return blocks;
}

describe('key positions from the js-yaml parse', () => {
  it("are the yaml package's for every key and value written in the repository", () => {
    const placed = { key: 0, value: 0 };
    for (const { file, text } of yamlBlocks()) {
      let expected: Found[];
      try {
        load(text, { schema: YAML_CORE_SCHEMA });
        expected = yamlPackageNodes(text);
      } catch {
        continue; // a fixture of a broken document: the yaml package places its errors
      }
      const offsets = fromJsYaml(text);
      for (const [path, which, offset] of expected) {
        const found = offsets(path, which);
        if (found === undefined) continue; // not exact here: the yaml package is asked
        placed[which]++;
        expect(found, `${file}: ${which} ${path.join('.')}`).toBe(offset);
      }
    }
    expect(placed.key).toBeGreaterThan(1000);
    expect(placed.value).toBeGreaterThan(1000);
  });

  it('places every row and cell of JSON data, pretty-printed or on one line', () => {
    for (const text of [
      '[\n  {\n    "year": 2023,\n    "usd": 1.5,\n    "note": "a, b"\n  },\n  { "year": 2024, "usd": -2e3, "note": null }\n]\n',
      '{"columns":["year","usd"],"rows":[[2023,1.5],[2024,"n/a"]]}',
      '{\r\n\t"report_slides": 212,\r\n\t"edition": "2024"\r\n}\r\n',
    ]) {
      const offsets = fromJsYaml(text);
      const expected = yamlPackageNodes(text);
      expect(expected.length).toBeGreaterThanOrEqual(4);
      for (const [path, which, offset] of expected) expect(offsets(path, which), `${JSON.stringify(text)}: ${which} ${path.join('.')}`).toBe(offset);
    }
  });

  it('places keys in block and flow mappings, in sequences of them, quoted and nested', () => {
    const text = 'id: a\nchart:\n  type: line\n  data: "q #1.csv"\nsources:\n  - { text: A, url: "https://x" }\n  - text: B\n"odd key": { inner: [1, { deep: 2 }] }\n';
    const offsets = fromJsYaml(text);
    for (const [path, which, offset] of yamlPackageNodes(text)) expect(offsets(path, which), `${which} ${path.join('.')}`).toBe(offset);
    expect(offsets(['chart', 'data'])).toBe(text.indexOf('data:'));
    expect(offsets(['odd key', 'inner', 1, 'deep'])).toBe(text.indexOf('deep'));
    expect(offsets(['chart', 'data'], 'value')).toBe(text.indexOf('"q #1.csv"'));
  });

  it('places a value past the comments and line breaks before it', () => {
    const text = 'notes: # said aloud\n  |\n    Say this.\nstats:\n  # the first\n  - value: 3\nquote:\n\n  "On the next line"\n';
    const offsets = fromJsYaml(text);
    expect(offsets(['notes'], 'value')).toBe(text.indexOf('|'));
    expect(offsets(['stats', 0, 'value'], 'value')).toBe(text.indexOf('3'));
    expect(offsets(['quote'], 'value')).toBe(text.indexOf('"On'));
    for (const [path, which, offset] of yamlPackageNodes(text)) expect(offsets(path, which), `${which} ${path.join('.')}`).toBe(offset);
  });

  it('gives no offset where it cannot be exact, so the yaml package is asked', () => {
    const text = 'base: &b { a: 1 }\nmerged:\n  <<: *b\n  c: 2\n? explicit\n: 3\nempty:\nalias: *b\ntagged: !!str 12\n';
    const offsets = fromJsYaml(text);
    expect(offsets(['base'], 'value')).toBeUndefined();
    expect(offsets(['empty'], 'value')).toBeUndefined();
    expect(offsets(['alias'], 'value')).toBeUndefined();
    expect(offsets(['tagged'], 'value')).toBeUndefined();
    expect(offsets(['merged', 'a'])).toBeUndefined();
    expect(offsets(['merged', 'c'])).toBe(text.indexOf('c: 2'));
    expect(offsets(['explicit'])).toBeUndefined();
    expect(offsets(['missing'])).toBeUndefined();
    expect(offsets(['base', 'a', 'deeper'])).toBeUndefined();
  });

  it('gives no offset, rather than a wrong one, where nodes do not line up with the value or a key has an anchor or tag', () => {
    const cases: [string, (string | number)[]][] = [
      ['chart:\n  type: bar\n  &d data: q.csv\n', ['chart', 'data']],
      ['chart: {type: bar, !!str data: q.csv}\n', ['chart', 'data']],
      // A single pair in a flow sequence is a mapping with no node of its own.
      ['s: [x: {data: 1}, {data: 2}]\n', ['s', 1, 'data']],
      // A flow mapping's key without a value has no value node.
      ['chart: {a, b: d, d: 1, z}\n', ['chart', 'd']],
      ['{x, type: data, data: q.csv, y}\n', ['data']],
    ];
    for (const [text, path] of cases) expect(fromJsYaml(text)(path), text).toBeUndefined();
    // A `?` key without a value, and js-yaml's extra node before a `...` line, would pair `notes` with `title`.
    expect(fromJsYaml('? notes\ntitle: 3\n...\n')(['notes'], 'value')).toBeUndefined();
    // js-yaml counts positions after a byte order mark it dropped.
    expect(fromJsYaml('\uFEFFtheme: nope\ntitle: "x"\n')(['title'], 'value')).toBeUndefined();
  });
});
