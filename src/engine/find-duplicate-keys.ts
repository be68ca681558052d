import { isCollection, isMap, isPair, isScalar, type Document, type Node } from 'yaml';

/** A key written twice in one mapping: its text, and where the second one starts. */
export interface DuplicateKey {
  key: string;
  offset: number;
}

/**
 * Every key repeated within one mapping of a parsed document, in one pass with a set per mapping.
 * (The yaml package's own `uniqueKeys` check compares each key with every earlier one, which is
 * quadratic in the size of a mapping, so the loader turns it off and asks this instead.)
 */
export function findDuplicateKeys(doc: Document): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isCollection(node)) continue;
    const seen = isMap(node) ? new Set<unknown>() : undefined;
    for (const item of node.items as unknown[]) {
      if (!isPair(item)) {
        stack.push(item);
        continue;
      }
      stack.push(item.key, item.value);
      if (!seen || !isScalar(item.key)) continue;
      const value = item.key.value;
      if (seen.has(value))
        found.push({ key: String(value), offset: (item.key as Node).range?.[0] ?? 0 });
      seen.add(value);
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}
