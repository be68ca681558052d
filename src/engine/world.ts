import type { Effects, Scenario } from './schema';

/** The world variables of a playthrough: meter values and fact truths. */
export interface World {
  meters: Record<string, number>;
  facts: Record<string, boolean>;
}

/** The world a scenario starts in. */
export function initialWorld(s: Scenario): World {
  return {
    meters: Object.fromEntries((s.world.meters ?? []).map((m) => [m.id, m.initial])),
    facts: Object.fromEntries((s.world.facts ?? []).map((f) => [f.id, f.initial])),
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
    if (m) meters[id] = Math.min(m.max, Math.max(m.min, (meters[id] ?? m.initial) + delta));
  }
  return { meters, facts: { ...world.facts, ...(effects.set ?? {}) } };
}
