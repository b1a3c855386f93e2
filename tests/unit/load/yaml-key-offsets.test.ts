/**
 * Key positions from js-yaml's own parse (src/load/yaml-key-offsets.ts) against the
 * yaml package's, for every key of every front matter and YAML file in the repository's
 * decks, test fixtures and templates, and for forms those do not show.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { keyOffsets } from '../../../src/load/yaml-key-offsets.js';
import { REPO_ROOT } from '../../helpers/repo-root.js';

const fromJsYaml = (text: string) => keyOffsets(text, (listener) => load(text, { schema: CORE_SCHEMA, listener }));

/** Every key path of the document with the offset the yaml package gives its key. */
function yamlPackageKeys(text: string): [path: (string | number)[], offset: number][] {
  const found: [(string | number)[], number][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const keyPath = [...path, String(pair.key.value)];
        found.push([keyPath, pair.key.range![0]]);
        walk(pair.value, keyPath);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
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
      if (name.endsWith('.yaml')) blocks.push({ file: path, text });
      else if (name.endsWith('.md')) text.split(/^---\r?$/m).forEach((part, i) => i % 2 === 1 && blocks.push({ file: path, text: part }));
    }
  };
  for (const dir of ['decks', 'tests/fixtures', 'templates']) visit(join(REPO_ROOT, dir));
  return blocks;
}

describe('key positions from the js-yaml parse', () => {
  it("are the yaml package's for every key written in the repository", () => {
    let keys = 0;
    for (const { file, text } of yamlBlocks()) {
      let expected: [(string | number)[], number][];
      try {
        load(text, { schema: CORE_SCHEMA });
        expected = yamlPackageKeys(text);
      } catch {
        continue; // a fixture of a broken document: the yaml package places its errors
      }
      const offsets = fromJsYaml(text);
      for (const [path, offset] of expected) {
        keys++;
        expect(offsets(path), `${file}: ${path.join('.')}`).toBe(offset);
      }
    }
    expect(keys).toBeGreaterThan(1000);
  });

  it('places keys in block and flow mappings, in sequences of them, quoted and nested', () => {
    const text = 'id: a\nchart:\n  type: line\n  data: "q #1.csv"\nsources:\n  - { text: A, url: "https://x" }\n  - text: B\n"odd key": { inner: [1, { deep: 2 }] }\n';
    const offsets = fromJsYaml(text);
    for (const [path, offset] of yamlPackageKeys(text)) expect(offsets(path), path.join('.')).toBe(offset);
    expect(offsets(['chart', 'data'])).toBe(text.indexOf('data:'));
    expect(offsets(['odd key', 'inner', 1, 'deep'])).toBe(text.indexOf('deep'));
  });

  it('gives no offset where it cannot be exact, so the yaml package is asked', () => {
    const text = 'base: &b { a: 1 }\nmerged:\n  <<: *b\n  c: 2\n? explicit\n: 3\n';
    const offsets = fromJsYaml(text);
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
  });
});
