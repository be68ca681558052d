import type { Condition, Effects, Scenario } from './schema';
import { problem, type ProblemMessage } from './problem-message';
import { initialWorld, type World } from './world';

/** A condition over a compact world vector: facts (0/1), meter values, then choices made (0/1). */
export type CompiledCondition =
  | { k: 'v'; i: number; min: number; max: number }
  | { k: 'all' | 'any'; of: CompiledCondition[] }
  | { k: 'not'; not: CompiledCondition };

/** One change to a compact world vector: set slot `i` to `value`, or add `delta` clamped to [min, max]. */
export type CompiledEffect =
  { i: number; value: number } | { i: number; delta: number; min: number; max: number };

/** The world variables some condition reads, as slots of a number vector, and compilers onto it. */
export interface WorldLayout {
  size: number;
  initial: number[];
  /** Slot of a `role.beat.choice` that some condition reads, if any. */
  choiceSlot: Map<string, number>;
  condition(c: Condition | undefined): CompiledCondition | undefined;
  effects(e: Effects | undefined): CompiledEffect[];
  /** The variables a vector sets, as `fact true` and `meter = 3`; a message when it sets none. */
  describe(vector: readonly number[]): readonly string[] | ProblemMessage;
  /** The world and choices a vector stands for; variables no condition reads keep their initial value. */
  decode(vector: readonly number[]): { world: World; chosen: string[] };
}

/**
 * Lays out only the facts, meters and choices that conditions read (the rest cannot change which
 * choices are available), so that a world is a short vector and its key a short string.
 */
export function compileWorld(
  s: Scenario,
  read: { facts: Set<string>; meters: Set<string>; chose: Set<string> },
): WorldLayout {
  const facts = (s.world.facts ?? []).filter((f) => read.facts.has(f.id));
  const meters = (s.world.meters ?? []).filter((m) => read.meters.has(m.id));
  const chose = [...read.chose].sort();
  const slot = new Map<string, number>();
  facts.forEach((f, i) => slot.set(`f:${f.id}`, i));
  meters.forEach((m, i) => slot.set(`m:${m.id}`, facts.length + i));
  chose.forEach((c, i) => slot.set(`c:${c}`, facts.length + meters.length + i));
  const names = [
    ...facts.map((f) => f.id),
    ...meters.map((m) => m.id),
    ...chose.map((c) => `chose ${c}`),
  ];
  const compile = (c: Condition): CompiledCondition => {
    if ('fact' in c)
      return { k: 'v', i: slot.get(`f:${c.fact}`) ?? -1, min: c.is ? 1 : 0, max: c.is ? 1 : 0 };
    if ('meter' in c)
      return {
        k: 'v',
        i: slot.get(`m:${c.meter}`) ?? -1,
        min: c.min ?? -Infinity,
        max: c.max ?? Infinity,
      };
    if ('chose' in c) return { k: 'v', i: slot.get(`c:${c.chose}`) ?? -1, min: 1, max: 1 };
    if ('all' in c) return { k: 'all', of: c.all.map(compile) };
    if ('any' in c) return { k: 'any', of: c.any.map(compile) };
    return { k: 'not', not: compile(c.not) };
  };
  return {
    size: names.length,
    initial: [
      ...facts.map((f) => (f.initial ? 1 : 0)),
      ...meters.map((m) => m.initial),
      ...chose.map(() => 0),
    ],
    choiceSlot: new Map(chose.map((c) => [c, slot.get(`c:${c}`) ?? -1])),
    condition: (c) => (c ? compile(c) : undefined),
    effects: (e) => {
      const out: CompiledEffect[] = [];
      for (const [id, value] of Object.entries(e?.set ?? {})) {
        const i = slot.get(`f:${id}`);
        if (i !== undefined) out.push({ i, value: value ? 1 : 0 });
      }
      for (const [id, delta] of Object.entries(e?.add ?? {})) {
        const i = slot.get(`m:${id}`);
        const m = meters[(i ?? 0) - facts.length];
        if (i !== undefined && m) out.push({ i, delta, min: m.min, max: m.max });
      }
      return out;
    },
    describe: (v) => {
      const parts = names.flatMap((n, i) =>
        i < facts.length
          ? [`${n} ${v[i] ? 'true' : 'false'}`]
          : i < facts.length + meters.length
            ? [`${n} = ${v[i]}`]
            : v[i]
              ? [n]
              : [],
      );
      return parts.length > 0 ? parts : problem('scenarioCheck.initialWorld');
    },
    decode: (v) => {
      const world = initialWorld(s);
      facts.forEach((f, i) => (world.facts[f.id] = v[i] === 1));
      meters.forEach((m, i) => (world.meters[m.id] = v[facts.length + i] ?? m.initial));
      const chosen = chose.filter((_, i) => v[facts.length + meters.length + i] === 1);
      return { world, chosen };
    },
  };
}

/** Whether a compiled condition holds on a world vector (no condition: true). */
export function holds(c: CompiledCondition | undefined, v: readonly number[]): boolean {
  if (!c) return true;
  if (c.k === 'v') {
    const x = v[c.i] ?? 0;
    return x >= c.min && x <= c.max;
  }
  if (c.k === 'not') return !holds(c.not, v);
  return c.k === 'all' ? c.of.every((x) => holds(x, v)) : c.of.some((x) => holds(x, v));
}

/** A new world vector with effects applied (meters clamped). */
export function applyCompiled(
  v: readonly number[],
  effects: readonly CompiledEffect[],
): readonly number[] {
  if (effects.length === 0) return v;
  const out = v.slice();
  applyInPlace(out, effects);
  return out;
}

/** Applies effects to a world vector in place (meters clamped). */
export function applyInPlace(v: number[], effects: readonly CompiledEffect[]): void {
  for (const e of effects)
    v[e.i] = 'value' in e ? e.value : Math.min(e.max, Math.max(e.min, (v[e.i] ?? 0) + e.delta));
}
