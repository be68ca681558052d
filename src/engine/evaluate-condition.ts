import type { Condition } from './schema';
import { factValue, meterValue, type World } from './world';

/** What a condition can read: the world and the choices made so far (`role.beat.choice`). */
export interface ConditionInput {
  world: World;
  chosen: readonly string[];
}

/** Whether a condition holds; a pure interpreter of the closed set of condition shapes. */
export function evaluateCondition(
  condition: Condition | undefined,
  input: ConditionInput,
): boolean {
  if (!condition) return true;
  if ('fact' in condition)
    return (factValue(input.world, condition.fact) ?? false) === condition.is;
  if ('meter' in condition) {
    const v = meterValue(input.world, condition.meter) ?? 0;
    return (
      (condition.min === undefined || v >= condition.min) &&
      (condition.max === undefined || v <= condition.max)
    );
  }
  if ('chose' in condition) return input.chosen.includes(condition.chose);
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, input));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, input));
  return !evaluateCondition(condition.not, input);
}
