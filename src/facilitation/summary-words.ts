/** The words of the report's summary, shared by its Markdown, its page and its print. */
import type { AfterActionReport } from './after-action-report-types';

export const SUMMARY_WORDS = {
  takeaways: 'The room’s takeaways',
  strengths: 'Strengths',
  improvements: 'To improve',
  actions: 'Action items',
  noneEntered: 'None entered.',
  notWrappedUp:
    'The facilitator entered no wrap-up for this session: the summary holds only what the session log records.',
  appendix: 'Appendix: the decision log',
  appendixNote:
    'Every decision as the room took it: the votes, the reason, the outcome with its status and sources, and what the source says was done.',
} as const;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The session at a glance, as term and value: the same rows on the page and in Markdown. */
export function summaryFacts(report: AfterActionReport): [string, string][] {
  const s = report.summary;
  const rows: [string, string][] = [
    ['Date', report.date],
    ['Facilitator', s.facilitator ?? 'not entered'],
    ['Location', s.location ?? 'not entered'],
    [
      'Participants',
      s.headcount !== undefined
        ? `${plural(s.headcount, 'person', 'people')}${s.attendees.length > 0 ? ` (${plural(s.attendees.length, 'name')} on the attendance list)` : ''}`
        : s.attendees.length > 0
          ? `${plural(s.attendees.length, 'name')} on the attendance list`
          : 'not entered',
    ],
    ['Scenario', `${report.scenario.title}, version ${report.scenario.version}`],
    ['Mode', report.plan.modeLabel],
    [
      'Teams',
      report.plan.teams
        .map((t) => (t.team ? `${t.team} (${t.roleName})` : t.roleName))
        .join('; ') || 'none',
    ],
    [
      'Time',
      `${report.plan.budgetMinutes} minutes planned${report.minutesTaken !== undefined ? `, ${report.minutesTaken} taken` : ''}`,
    ],
    [
      'Decisions',
      `${plural(s.decisions, 'decision')} recorded, in ${s.rolesPlayed} of ${plural(s.rolesPlanned, 'role')} planned`,
    ],
  ];
  if (s.questionsDiscussed !== undefined)
    rows.push(['Questions discussed', String(s.questionsDiscussed)]);
  return rows;
}
