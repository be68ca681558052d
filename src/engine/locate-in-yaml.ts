import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/**
 * The position of the node at `path` in a parsed YAML document, or of its deepest existing
 * ancestor; with `atKey`, the position of the last segment's key rather than its value. A file
 * read by the fast parser has no document: line 1 (the loader then reads it again to place errors).
 */
export function locateInYaml(
  doc: Document | undefined,
  counter: LineCounter | undefined,
  path: readonly (string | number)[],
  atKey = false,
): Position {
  if (!doc || !counter) return { line: 1, column: 1 };
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyOf(p.key) === String(segment));
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

function keyOf(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}
