import { ID_PATTERN } from './ids';

const uniqueIds = new WeakMap<object, Set<string>>();

/**
 * Renders a merged-document path by ids: an array item with a valid id unique in its list is
 * written `.id`, any other item `[index]` (e.g. `roles.ceo.beats.alert.decision.choices[2].next`).
 */
export function renderPath(data: unknown, path: readonly (string | number)[]): string {
  let out = '';
  let node: unknown = data;
  for (const segment of path) {
    if (typeof segment === 'number' && Array.isArray(node)) {
      const item: unknown = node[segment];
      const id =
        item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      out +=
        typeof id === 'string' && ID_PATTERN.test(id) && idsOnce(node).has(id)
          ? `.${id}`
          : `[${segment}]`;
      node = item;
    } else {
      out += out === '' ? String(segment) : `.${String(segment)}`;
      node =
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)[String(segment)]
          : undefined;
    }
  }
  return out.startsWith('.') ? out.slice(1) : out;
}

function idsOnce(list: unknown[]): Set<string> {
  let ids = uniqueIds.get(list);
  if (!ids) {
    const seen = new Map<string, number>();
    for (const item of list) {
      const id =
        item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      if (typeof id === 'string') seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    ids = new Set([...seen].filter(([, n]) => n === 1).map(([id]) => id));
    uniqueIds.set(list, ids);
  }
  return ids;
}
