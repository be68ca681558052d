/**
 * Participants' reasons from a live vote, beside each decision of the report: the run keeps them
 * by beat (room-record.ts), the report shows them under the decision with the choice they back.
 */
import type { Scenario } from '../engine/schema';
import type { ReportRole } from './after-action-report-types';
import type { RoomRun } from './room-record';

/** The role's decisions with the reasons the run kept for them (a decision without any is unchanged). */
export function addRunReasons(scenario: Scenario, role: ReportRole, run: RoomRun): ReportRole {
  if (!run.reasons?.length) return role;
  const beats = scenario.roles.find((r) => r.id === role.role)?.beats ?? [];
  const decisions = role.decisions.map((decision) => {
    const choices = beats.find((b) => b.id === decision.beat)?.decision?.choices ?? [];
    const reasons = (run.reasons ?? [])
      .filter((reason) => reason.beat === decision.beat)
      .map((reason) => ({
        choice: reason.choice,
        label: choices.find((c) => c.id === reason.choice)?.label ?? reason.choice,
        text: reason.text,
      }));
    return reasons.length > 0 ? { ...decision, reasons } : decision;
  });
  return { ...role, decisions };
}
