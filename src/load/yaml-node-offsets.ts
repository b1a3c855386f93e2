import type { LoadOptions } from 'js-yaml';
import type { YamlPath } from './parse-yaml.js';

type Listener = NonNullable<LoadOptions['listener']>;

interface ComposedNode {
  start: number;
  kind: string | null;
  result: unknown;
  children: ComposedNode[];
  /** A mapping's keys → the index of each key's node in `children`, made on the first question; null when they do not pair up. */
  keys?: Map<string, number> | null;
}

/** Where a key or value is written: its first character, and whether it is a scalar (text, a number, …). */
export interface NodeOffset {
  offset: number;
  scalar: boolean;
}

/**
 * Where the keys and values of a document are written, read from js-yaml's parse: its
 * listener reports where each node it composes starts ("open") and what the node
 * became ("close"). A mapping's nodes are its keys and values in turn, a sequence's
 * its items. A key opens at its first character; a value may open before the space,
 * comments and line breaks in front of it, which are skipped. The offsets are the yaml
 * package's, checked over every front matter of the repository
 * (tests/unit/load/yaml-node-offsets.test.ts). Where they could not be exact, none is
 * given and the yaml package answers: nodes that do not line up with the value one for
 * one (a merge key, a flow key without a value, a single pair in a flow sequence), a
 * node opening with an anchor, tag or alias, an empty value, a text after a byte order mark.
 *
 * `parse` runs js-yaml again with the listener, on the first question only: a js-yaml
 * parse of a slide's front matter costs ~0.05 ms, the yaml package's ~0.35 ms after
 * ~22 ms to load it (100 charts placed in their manifest: 57 ms before).
 */
export function nodeOffsets(text: string, parse: (listener: Listener) => unknown): (path: YamlPath, which: 'key' | 'value') => NodeOffset | undefined {
  // null: js-yaml refused the document, which the yaml package then places.
  let document: ComposedNode | null | undefined;
  // js-yaml drops a leading byte order mark before it counts positions.
  const shifted = text.charCodeAt(0) === 0xfeff;
  return (path, which) => {
    if (shifted) return undefined;
    if (document === undefined) document = composedNodes(parse);
    let node = document ?? undefined;
    let key: number | undefined;
    for (const step of path) {
      node = node && unwrap(node);
      if (!node) return undefined;
      if (node.kind === 'mapping') {
        const at = keyIndex(node).get(String(step));
        if (at === undefined) return undefined;
        key = node.children[at]!.start;
        node = node.children[at + 1];
      } else if (node.kind === 'sequence' && typeof step === 'number' && node.children.length === (node.result as unknown[]).length) {
        key = undefined;
        node = node.children[step];
      } else return undefined;
    }
    if (!node) return undefined;
    // An empty value (`key:`) has no text of its own.
    const offset = which === 'key' ? key : node.result === null ? undefined : skipSeparation(text, node.start);
    // An anchor, tag or alias opens the node before its text; an explicit key (`? key`) before its space.
    if (offset === undefined || !/[^\s&!*]/.test(text.charAt(offset))) return undefined;
    return { offset, scalar: which === 'value' && typeof node.result !== 'object' };
  };
}

/** The document's node as js-yaml composes it, with the nodes inside it; null when js-yaml refuses the document. */
function composedNodes(parse: (listener: Listener) => unknown): ComposedNode | null {
  const root: ComposedNode = { start: 0, kind: null, result: undefined, children: [] };
  const open: ComposedNode[] = [root];
  try {
    parse((event, state) => {
      if (event === 'open') {
        open.push({ start: state.position, kind: null, result: undefined, children: [] });
        return;
      }
      const node = open.pop()!;
      node.kind = state.kind;
      node.result = state.result;
      open[open.length - 1]!.children.push(node);
    });
  } catch {
    return null;
  }
  return root.children[0] ?? null;
}

/**
 * A mapping's keys and where each one's node is: its nodes are keys and values in turn,
 * every key one of the mapping's. Anything else (a `?` key without a value) shifts the
 * pairs, and no key is placed. Made once per mapping: a data file may have 20,000 keys.
 */
function keyIndex(node: ComposedNode): ReadonlyMap<string, number> {
  if (node.keys === undefined) {
    const pairs = node.children;
    const result = node.result as object;
    const aligned = pairs.length === 2 * Object.keys(result).length && pairs.every((k, i) => i % 2 === 1 || Object.hasOwn(result, String(k.result)));
    node.keys = aligned ? new Map(pairs.flatMap((k, i) => (i % 2 === 0 ? [[String(k.result), i] as const] : []))) : null;
  }
  return node.keys ?? NO_KEYS;
}

const NO_KEYS: ReadonlyMap<string, number> = new Map();

/** js-yaml composes some nodes twice, one inside the other (a block sequence's entry): the inner one has the children. */
function unwrap(node: ComposedNode): ComposedNode {
  let inner = node;
  while (inner.children.length === 1 && inner.children[0]!.result === inner.result) inner = inner.children[0]!;
  return inner;
}

/** Past the spaces, tabs, comments and line breaks that separate a value from its key. */
function skipSeparation(text: string, from: number): number {
  let at = from;
  for (;;) {
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (text[at] === '#') while (at < text.length && text[at] !== '\n' && text[at] !== '\r') at++;
    if (text[at] === '\r' && text[at + 1] === '\n') at += 2;
    else if (text[at] === '\n' || text[at] === '\r') at++;
    else return at;
  }
}
