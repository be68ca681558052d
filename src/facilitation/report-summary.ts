/**
 * The report's first page, as data: the session at a glance (who ran it, where, how many came,
 * what was played and decided) and the wrap-up the facilitator entered, plus the questions ticked
 * as discussed, sorted to the roles they were asked for.
 */
import type { ReportRole, ReportSummary } from './after-action-report-types';
import type { RoomRecord } from './room-record';

/** The summary of a session whose roles the report has already read from its log. */
export function buildSummary(record: RoomRecord, roles: readonly ReportRole[]): ReportSummary {
  const w = record.wrapUp ?? {};
  const ticked = record.discussed ?? [];
  return {
    ...(w.facilitator !== undefined ? { facilitator: w.facilitator } : {}),
    ...(w.location !== undefined ? { location: w.location } : {}),
    ...(w.headcount !== undefined ? { headcount: w.headcount } : {}),
    attendees: [...(w.attendees ?? [])],
    rolesPlayed: roles.length,
    rolesPlanned: record.plan.teams.length,
    decisions: roles.reduce((sum, r) => sum + r.decisions.length, 0),
    ...(ticked.length > 0 ? { questionsDiscussed: new Set(ticked.map(key)).size } : {}),
    takeaways: [...(w.takeaways ?? [])],
    strengths: [...(w.strengths ?? [])],
    improvements: [...(w.improvements ?? [])],
    actions: (w.actions ?? []).map((a) => ({ ...a })),
    wrappedUp: record.wrapUp !== undefined,
  };
}

/** The questions ticked for a role, each once, in the order they were ticked. */
export function discussedFor(record: RoomRecord, role: string): string[] {
  return [
    ...new Set((record.discussed ?? []).filter((d) => d.role === role).map((d) => d.question)),
  ];
}

function key(d: { role: string; at: string; question: string }): string {
  return `${d.role}\u0000${d.at}\u0000${d.question}`;
}
