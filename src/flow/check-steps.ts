/**
 * What the screen flow does with one player's before-and-after check: whether the role being
 * played offers it at a phase, and keeping the answers for that role.
 */
import type { CheckAnswers, CheckPhase, CheckRecord } from '../engine/check-answers';
import { placeOf } from '../engine/place';
import type { FlowContext } from './flow-types';

/** The role the engine is at (a beat, a rejoin or an ending), or null at role selection. */
function roleAt(context: FlowContext): string | null {
  const place = placeOf(context.engine);
  return place.kind === 'select' ? null : place.role;
}

/**
 * One player, at a role with an assessment, not yet taken at this phase (a skipped check before
 * counts as taken, so a reload does not ask again); the check after needs no check before.
 */
export function checkOffered(context: FlowContext, phase: CheckPhase): boolean {
  if (context.room !== null) return false;
  const role = roleAt(context);
  const assessment = context.scenario.roles.find((r) => r.id === role)?.assessment;
  if (!role || !assessment) return false;
  return context.checks?.[role]?.[phase] === undefined;
}

/** The checks with this phase's answers for the role being played (null: skipped, kept empty). */
export function keepCheck(
  context: FlowContext,
  phase: CheckPhase,
  answers: CheckAnswers | null,
): CheckRecord {
  const checks = context.checks ?? {};
  const role = roleAt(context);
  if (!role) return checks;
  return { ...checks, [role]: { ...checks[role], [phase]: answers ?? { answers: {} } } };
}
