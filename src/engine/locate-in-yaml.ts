import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Each mapping's pairs by key, built the first time an error looks inside that mapping. */
const pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * The position of the node at `path` in a parsed YAML document, or of its deepest existing
 * ancestor; with `atKey`, the position of the last segment's key rather than its value. Each
 * mapping is indexed once, so placing many errors costs their paths' length, not the file's size.
 */
export function locateInYaml(
  doc: Document,
  counter: LineCounter,
  path: readonly (string | number)[],
  atKey = false,
): Position {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(segment));
      if (pair) [next, keyNode] = [pair.value, pair.key];
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (next === undefined && keyNode === undefined) break;
    const last = i === path.length - 1;
    const start = rangeStart(last && atKey && keyNode ? keyNode : (next ?? keyNode));
    if (start === undefined) break;
    offset = start;
    node = next;
  }
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function pairsOf(map: YAMLMap): Map<string, Pair> {
  let pairs = pairsByKey.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const p of map.items)
      if (isPair(p) && isScalar(p.key) && !pairs.has(String(p.key.value)))
        pairs.set(String(p.key.value), p);
    pairsByKey.set(map, pairs);
  }
  return pairs;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}
