import type { Condition, Scenario } from './schema';

/** The facts, meters and choices that some condition reads (of the scenario's, and `extra`). */
export function readSet(
  s: Scenario,
  extra: readonly Condition[] = [],
): {
  facts: Set<string>;
  meters: Set<string>;
  chose: Set<string>;
} {
  const out = { facts: new Set<string>(), meters: new Set<string>(), chose: new Set<string>() };
  const stack: Condition[] = [...extra];
  for (const r of s.roles) {
    if (r.requires) stack.push(r.requires);
    for (const i of r.injects ?? []) if (i.when) stack.push(i.when);
    for (const b of r.beats)
      for (const c of b.decision?.choices ?? []) if (c.when) stack.push(c.when);
  }
  while (stack.length > 0) {
    const c = stack.pop() as Condition;
    if ('fact' in c) out.facts.add(c.fact);
    else if ('meter' in c) out.meters.add(c.meter);
    else if ('chose' in c) out.chose.add(c.chose);
    else if ('all' in c) for (const part of c.all) stack.push(part);
    else if ('any' in c) for (const part of c.any) stack.push(part);
    else stack.push(c.not);
  }
  return out;
}
