import { createRequire } from 'node:module';
import { load as loadFast } from 'js-yaml';
import { YAML_CORE_SCHEMA } from './yaml-schema.js';
import type { Document, Node, YAMLError } from 'yaml';
import { diagnose, type Diagnostic, type SourcePosition } from '../diagnostics/diagnostic.js';
import { nodeOffsets } from './yaml-node-offsets.js';

export type YamlPath = readonly (string | number)[];

/** Finds where a key or value is written; falls back to the nearest written ancestor. */
export type Locate = (path: YamlPath, which?: 'key' | 'value') => SourcePosition;

export interface ParsedYaml {
  value: unknown;
  locate: Locate;
  diagnostics: Diagnostic[];
}

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
/** The yaml package (syntax errors, data files' rows) takes ~22 ms to load from node_modules and parses 5–10× slower than js-yaml: loaded when needed. */
export const yaml = (): YamlModule => (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);

/**
 * What js-yaml reads differently or unsafely, left to the yaml package: an anchor (js-yaml
 * puts no limit on aliases, and nine lines of nested ones make a value that takes minutes
 * to walk; the yaml package refuses past 100) and a %YAML directive (js-yaml reads a YAML
 * 1.1 document by 1.2's rules). Anything that may be one counts: the cost is speed only.
 */
const NEEDS_FULL_PARSER = /(^|[\s[{,:-])&[^\s,[\]{}]|^%/m;

/** A YAML text read: its value, where each key and value is written, and the first error (value undefined then). */
export interface ReadYaml {
  value: unknown;
  locate: Locate;
  error?: { detail: string; at: SourcePosition };
}

/** A YAML block of a deck (deck.yaml, a front matter block): a syntax error is YamlSyntax. */
export function parseYaml(text: string, origin: SourcePosition): ParsedYaml {
  const { error, ...read } = readYaml(text, origin);
  return { ...read, diagnostics: error ? [diagnose('YamlSyntax', error.at, { detail: error.detail })] : [] };
}

/**
 * Reads a YAML text that starts at `origin` in `file` (a front matter block
 * starts some lines into its file). Values come from js-yaml's fast parser
 * (YAML 1.2 core schema, as the yaml package's default), and so do positions
 * (yaml-node-offsets.ts), read from its parse events, never by searching the text.
 * The yaml package, 5–10× slower, places syntax errors and the few nodes those events
 * cannot place exactly; its document is built only then.
 */
export function readYaml(text: string, origin: SourcePosition): ReadYaml {
  let doc: Document | undefined;
  // logLevel 'error': the yaml package would print its warnings (a collection used as a key) to stderr itself.
  const full = (): Document => (doc ??= yaml().parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' }));
  const toPosition = positionsOf(text, origin);
  const offsets = nodeOffsets(text, (listener) => loadFast(text, { schema: YAML_CORE_SCHEMA, listener }));
  const locate: Locate = (path, which = 'value') =>
    lazyPosition(origin.file, () => {
      const fast = offsets(path, which);
      const { offset, quote, indent } = fast ? (fast.scalar ? scalarPlace(text, fast.offset) : { offset: fast.offset }) : nodeAt(full(), path, which, text);
      return { ...toPosition(offset), ...(quote ? { quote } : {}), ...(indent !== undefined ? { indent } : {}) };
    });

  if (!NEEDS_FULL_PARSER.test(text)) {
    try {
      return { value: loadFast(text, { schema: YAML_CORE_SCHEMA }), locate };
    } catch {
      // The fast parser refused: the yaml package says exactly what and where.
    }
  }
  const parsed = full();
  // One slip (a missing quote, a bad indent) makes the parser report a cascade after it: the first is the one to fix.
  const syntax = parsed.errors[0];
  if (syntax) return { value: undefined, locate, error: { detail: firstLine(syntax.message), at: toPosition(errorOffset(parsed, syntax, text)) } };
  try {
    return { value: parsed.toJS({ maxAliasCount: 100 }), locate };
  } catch (error) {
    // An alias to an anchor not set before it, or aliases expanding past the limit.
    return { value: undefined, locate, error: { detail: firstLine((error as Error).message), at: toPosition(aliasOffset(parsed)) } };
  }
}

/**
 * Offset → file position. Lines are counted here, not with the yaml package's
 * LineCounter: it misses line breaks inside tokens it gives up on (a plain scalar
 * running over a line in a broken document), which put errors past a line's end.
 */
function positionsOf(text: string, origin: SourcePosition): (offset: number) => SourcePosition {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let line = 1;
    for (let lo = 0, hi = lineStarts.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (lineStarts[mid]! <= offset) [line, lo] = [mid + 1, mid + 1];
      else hi = mid - 1;
    }
    const col = offset - lineStarts[line - 1]! + 1;
    return { file: origin.file, line: origin.line + line - 1, column: line === 1 ? origin.column + col - 1 : col };
  };
}

/** A position whose line and column are worked out on first read. */
function lazyPosition(file: string, compute: () => SourcePosition): SourcePosition {
  let cached: SourcePosition | undefined;
  const get = () => (cached ??= compute());
  return {
    file,
    get line() {
      return get().line;
    },
    get column() {
      return get().column;
    },
    get quote() {
      return get().quote;
    },
    get indent() {
      return get().indent;
    },
  };
}

type Place = { offset: number; quote?: '"' | "'"; indent?: number };

/** Where the node at `path` is written, by the yaml package. */
function nodeAt(doc: Document, path: YamlPath, which: 'key' | 'value', text: string): Place {
  const offset = offsetOf(doc, path, which);
  if (which === 'key') return { offset };
  const node = doc.getIn(path, true) as Node | undefined;
  return yaml().isScalar(node) && node.range?.[0] === offset ? scalarPlace(text, offset) : { offset };
}

/**
 * A scalar written at `offset`, with its quote when quoted (its text is not the value
 * verbatim). A block scalar's value starts on the line after its `|` or `>`, indented:
 * that is where its text is placed. A plain scalar cannot begin with any of these.
 */
function scalarPlace(text: string, offset: number): Place {
  const first = text.charAt(offset);
  if (first === '|' || first === '>') {
    const lineStart = text.indexOf('\n', offset) + 1;
    if (lineStart === 0) return { offset };
    const indent = /^[ ]*/.exec(text.slice(lineStart))![0].length;
    return { offset: lineStart + indent, indent };
  }
  return first === '"' || first === "'" ? { offset, quote: first } : { offset };
}

function offsetOf(doc: Document, path: YamlPath, which: 'key' | 'value'): number {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let best: number = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      best = (pair.key as Node).range?.[0] ?? best;
      if (last && which === 'key') break;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else break;
    const range = (node as Node | null)?.range;
    if (range) best = range[0];
  }
  return best;
}

/**
 * An unclosed quote or flow collection is reported where the input ends, often
 * lines below the mistake; point at where the unclosed node opens instead. A node that
 * closes right where the error is (`[1, 2]]`, `"x"y`) is not the one: the error stays.
 */
function errorOffset(doc: Document, error: YAMLError, text: string): number {
  const { isCollection, isScalar, visit } = yaml();
  const at = error.pos[0];
  let opened: number | undefined;
  visit(doc, (_key, node) => {
    // The visitor also meets empty values (`key:` with nothing after it) as null.
    const range = (node as Node | null)?.range;
    if (!range || range[0] >= at || range[1] !== at || (opened !== undefined && range[0] <= opened)) return;
    const last = text.charAt(range[1] - 1);
    const unclosed =
      (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && (range[1] - range[0] < 2 || last !== text.charAt(range[0]))) ||
      (isCollection(node) && node.flow && last !== (text.charAt(range[0]) === '[' ? ']' : '}'));
    if (unclosed) opened = range[0];
  });
  return opened ?? at;
}

/** Where the first alias that does not resolve is written (else the first alias). */
function aliasOffset(doc: Document): number {
  let first: number | undefined;
  let unresolved: number | undefined;
  yaml().visit(doc, {
    Alias(_key, alias) {
      first ??= alias.range?.[0];
      if (unresolved === undefined && alias.resolve(doc) === undefined) unresolved = alias.range?.[0];
    },
  });
  return unresolved ?? first ?? 0;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
