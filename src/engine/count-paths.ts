import { roleGraph } from './role-graph';
import type { Role } from './schema';

/**
 * Counts a role's distinct paths from its start to an ending by dynamic programming over its
 * graph (one edge per choice, so two choices to the same beat are two paths). Cycles: a
 * depth-first search from the start drops each back edge (the edge that closes a loop), which
 * leaves an acyclic graph; paths are counted on that, so a loop adds no extra paths.
 * Iterative, linear in beats + choices; BigInt, as counts grow exponentially.
 */
export function countPaths(role: Role): bigint {
  const { edges } = roleGraph(role);
  const endings = new Set(role.endings.map((e) => e.id));
  const count = new Map<string, bigint>();
  const onStack = new Set<string>();
  const stack: Array<{ node: string; next: number; sum: bigint }> = [
    { node: role.start, next: 0, sum: 0n },
  ];
  onStack.add(role.start);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as { node: string; next: number; sum: bigint };
    const out = edges.get(top.node) ?? [];
    if (endings.has(top.node)) top.sum = 1n;
    if (top.next < out.length && !endings.has(top.node)) {
      const child = out[top.next++] as string;
      const known = count.get(child);
      if (known !== undefined) top.sum += known;
      else if (!onStack.has(child) && edges.has(child)) {
        onStack.add(child);
        stack.push({ node: child, next: 0, sum: 0n });
      }
      continue;
    }
    stack.pop();
    onStack.delete(top.node);
    count.set(top.node, top.sum);
    const parent = stack[stack.length - 1];
    if (parent) parent.sum += top.sum;
  }
  return count.get(role.start) ?? 0n;
}
