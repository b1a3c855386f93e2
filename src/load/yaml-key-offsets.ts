import type { LoadOptions } from 'js-yaml';
import type { YamlPath } from './parse-yaml.js';

type Listener = NonNullable<LoadOptions['listener']>;

interface ComposedNode {
  start: number;
  kind: string | null;
  result: unknown;
  children: ComposedNode[];
}

/**
 * Where the keys of a document are written, read from js-yaml's parse: its listener
 * reports where each node it composes starts ("open") and what the node became
 * ("close"). A mapping's nodes are its keys and values in turn, a sequence's its items.
 * A key is composed from its first character, so its offset is exact: the same as the
 * yaml package's, checked over every front matter of the repository
 * (tests/unit/load/yaml-key-offsets.test.ts). Where the nodes do not line up with the
 * value one for one (a merge key, a flow mapping's key without a value, a single pair
 * in a flow sequence), or the key opens with an anchor or tag, no offset is given.
 * A value may open before the space in front of it, so values are left to the yaml package.
 *
 * `parse` runs js-yaml again with the listener, on the first question only: a js-yaml
 * parse of a slide's front matter costs ~0.05 ms, the yaml package's ~0.35 ms after
 * ~22 ms to load it (100 charts placed in their manifest: 57 ms before).
 * Returns the key's offset, or undefined when the parse cannot say exactly.
 */
export function keyOffsets(text: string, parse: (listener: Listener) => unknown): (path: YamlPath) => number | undefined {
  let document: ComposedNode | undefined;
  return (path) => {
    document ??= composedNodes(parse);
    let node = document;
    let offset: number | undefined;
    for (const step of path) {
      node = node && unwrap(node);
      if (!node) return undefined;
      if (node.kind === 'mapping') {
        const pairs = node.children;
        if (pairs.length !== 2 * Object.keys(node.result as object).length) return undefined;
        const at = pairs.findIndex((key, i) => i % 2 === 0 && String(key.result) === String(step));
        if (at < 0) return undefined;
        offset = pairs[at]!.start;
        node = pairs[at + 1]!;
      } else if (node.kind === 'sequence' && typeof step === 'number' && node.children.length === (node.result as unknown[]).length && node.children[step]) {
        offset = undefined;
        node = node.children[step]!;
      } else return undefined;
    }
    // An explicit key (`? key`) opens before its space, and a key with an anchor or tag at them: not exact, so not given.
    return offset !== undefined && /[^\s&!]/.test(text.charAt(offset)) ? offset : undefined;
  };
}

/** The document's node as js-yaml composes it, with the nodes inside it. */
function composedNodes(parse: (listener: Listener) => unknown): ComposedNode | undefined {
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
    // Only a document js-yaml read once already is asked about; the yaml package answers otherwise.
    return undefined;
  }
  return root.children[0];
}

/** js-yaml composes some nodes twice, one inside the other (a block sequence's entry): the inner one has the children. */
function unwrap(node: ComposedNode): ComposedNode {
  let inner = node;
  while (inner.children.length === 1 && inner.children[0]!.result === inner.result) inner = inner.children[0]!;
  return inner;
}
