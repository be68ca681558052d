import type { Effects, Scenario } from './schema';

/** The world variables of a playthrough: meter values and fact truths. */
export interface World {
  meters: Record<string, number>;
  facts: Record<string, boolean>;
}

/** A meter's value, or undefined when `id` is not a meter of this world (never Object's own). */
export function meterValue(world: World, id: string): number | undefined {
  return Object.hasOwn(world.meters, id) ? world.meters[id] : undefined;
}

/** A fact's truth, or undefined when `id` is not a fact of this world (never Object's own). */
export function factValue(world: World, id: string): boolean | undefined {
  return Object.hasOwn(world.facts, id) ? world.facts[id] : undefined;
}

/**
 * The world a scenario starts in. Only facts that start true are in it: a fact nobody has set is
 * unknown (the world panel says so), and reads as false in conditions.
 */
export function initialWorld(s: Scenario): World {
  return {
    meters: Object.fromEntries((s.world.meters ?? []).map((m) => [m.id, m.initial])),
    facts: Object.fromEntries(
      (s.world.facts ?? []).filter((f) => f.initial).map((f) => [f.id, true]),
    ),
  };
}

/** A new world with `effects` applied: facts set, meters added to and clamped to their range. */
export function applyEffectsToWorld(
  s: Scenario,
  world: World,
  effects: Effects | undefined,
): World {
  if (!effects) return world;
  const meters = { ...world.meters };
  for (const [id, delta] of Object.entries(effects.add ?? {})) {
    const m = (s.world.meters ?? []).find((x) => x.id === id);
    if (m)
      meters[id] = Math.min(m.max, Math.max(m.min, (meterValue(world, id) ?? m.initial) + delta));
  }
  return { meters, facts: { ...world.facts, ...(effects.set ?? {}) } };
}
