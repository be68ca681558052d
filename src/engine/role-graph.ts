import type { Role } from './schema';

/** A role's beats and endings as adjacency lists (conditions ignored). */
export interface RoleGraph {
  /** Outgoing edges of a node, one per choice (or one for `next`). */
  edges: Map<string, string[]>;
  /** Every node reachable from `from`, found breadth-first. */
  reachableFrom(from: string): Set<string>;
}

/** Builds the structural graph of a role: one edge per choice or `next`. */
export function roleGraph(role: Role): RoleGraph {
  const edges = new Map<string, string[]>();
  for (const b of role.beats) {
    edges.set(b.id, b.decision ? b.decision.choices.map((c) => c.next) : b.next ? [b.next] : []);
  }
  for (const e of role.endings) edges.set(e.id, []);
  return {
    edges,
    reachableFrom(from) {
      const seen = new Set([from]);
      const queue = [from];
      for (let i = 0; i < queue.length; i++) {
        for (const n of edges.get(queue[i] ?? '') ?? []) {
          if (!seen.has(n)) {
            seen.add(n);
            queue.push(n);
          }
        }
      }
      return seen;
    },
  };
}
