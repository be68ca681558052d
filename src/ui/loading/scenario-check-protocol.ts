import type { CheckedFiles } from '../../engine/check-scenario-files';
import type { LoadProgress, ScenarioFileInput } from '../../engine/load-scenario';
import type { ScenarioError } from '../../engine/scenario-error';
import type { Scenario } from '../../engine/schema';

/** What the page sends the check worker: the files to check. */
export interface CheckRequest {
  files: ScenarioFileInput[];
}

/**
 * What the page needs of a check: the scenario to play, or the errors to show (at most 100 and
 * a count). The checker's report stays behind, so the page never copies or holds what it won't use.
 */
export type CheckOutcome =
  { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** What the check worker sends back: progress now and then, and the outcome once. */
export type CheckMessage =
  { kind: 'progress'; progress: LoadProgress } | { kind: 'done'; result: CheckOutcome };

/** The part of a finished check the page needs. */
export function outcomeOf(checked: CheckedFiles): CheckOutcome {
  return checked.ok
    ? { ok: true, scenario: checked.scenario }
    : { ok: false, errors: checked.errors };
}
