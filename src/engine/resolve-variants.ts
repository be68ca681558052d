import { evaluateCondition, type ConditionInput } from './evaluate-condition';
import type { Condition } from './schema';

/**
 * The text fields of `base` as they read in the world now: the first variant whose `when` holds
 * replaces the fields it names; the rest stay the base's. One rule for beats, roles, endings and
 * rejoin texts, so the view and the campaign continuity test read the same words.
 */
export function resolveVariants<T extends object>(
  base: T,
  variants: readonly ({ when: Condition } & Partial<T>)[] | undefined,
  ctx: ConditionInput,
): T {
  const hit = variants?.find((v) => evaluateCondition(v.when, ctx));
  if (!hit) return base;
  const out = { ...base };
  for (const key of Object.keys(base) as (keyof T)[])
    if (hit[key] !== undefined) out[key] = hit[key] as T[keyof T];
  return out;
}
