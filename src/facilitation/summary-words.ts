/** The words of the report's summary, shared by its Markdown, its page and its print. */
import { t } from '../i18n/translate';
import type { AfterActionReport } from './after-action-report-types';

/** The action items' column headings: what, who, by when. */
export function actionColumns(): [string, string, string] {
  return [
    t('reportSummary.actionColumn'),
    t('reportSummary.ownerColumn'),
    t('reportSummary.dueColumn'),
  ];
}

/** Who took part: the headcount, the names on the attendance list, both, or neither. */
function participants(s: AfterActionReport['summary']): string {
  const names = s.attendees.length;
  if (s.headcount !== undefined)
    return names > 0
      ? t('reportSummary.peopleAndNames', { people: s.headcount, names })
      : t('reportSummary.people', { people: s.headcount });
  return names > 0 ? t('reportSummary.names', { names }) : t('reportSummary.notEntered');
}

/** The session at a glance, as term and value: the same rows on the page and in Markdown. */
export function summaryFacts(report: AfterActionReport): [string, string][] {
  const s = report.summary;
  const planned = report.plan.budgetMinutes;
  const rows: [string, string][] = [
    [t('reportSummary.date'), report.date],
    [t('reportSummary.facilitator'), s.facilitator ?? t('reportSummary.notEntered')],
    [t('reportSummary.location'), s.location ?? t('reportSummary.notEntered')],
    [t('reportSummary.participants'), participants(s)],
    [
      t('reportSummary.scenario'),
      t('reportSummary.scenarioVersion', {
        title: report.scenario.title,
        version: report.scenario.version,
      }),
    ],
    [t('reportSummary.mode'), report.plan.modeLabel],
    [
      t('reportSummary.teams'),
      report.plan.teams
        .map((team) => (team.team ? `${team.team} (${team.roleName})` : team.roleName))
        .join('; ') || t('reportSummary.none'),
    ],
    [
      t('reportSummary.time'),
      report.minutesTaken !== undefined
        ? t('reportSummary.minutesPlannedTaken', { planned, taken: report.minutesTaken })
        : t('reportSummary.minutesPlanned', { planned }),
    ],
    [
      t('reportSummary.decisions'),
      t('reportSummary.decisionsRecorded', {
        decisions: s.decisions,
        played: s.rolesPlayed,
        planned: s.rolesPlanned,
      }),
    ],
  ];
  if (s.questionsDiscussed !== undefined)
    rows.push([t('reportSummary.questionsDiscussed'), String(s.questionsDiscussed)]);
  return rows;
}
