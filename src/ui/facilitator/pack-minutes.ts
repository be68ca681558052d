/**
 * The suggested minutes as a table: on the set-up screen (part and minutes) and on the pack's
 * cover as a run sheet (with the running total and a blank clock column to write times in).
 */
import type { Scenario } from '../../engine/schema';
import type { MinutesPlan, SessionPlan } from '../../facilitation/session-plan';
import { el } from '../dom';
import { roleName } from './pack-names';
import { formatMinutes, type DecisionMinutes } from '../../facilitation/plan-minutes';
// The table's styles live with the pack's: the set-up screen borrows the table.
import './print-pack.css';
import { t, type MessageKey } from '../../i18n/translate';

/** One timed part of the session. */
export interface MinutesPart {
  label: string;
  minutes: number;
}

/** Parts under one heading: a role's briefing, decisions and debrief (no heading for the rest). */
export interface MinutesGroup {
  heading: string | null;
  parts: MinutesPart[];
}

/** The minutes plan in session order, each part named as the facilitator will meet it. */
export function minutesGroups(
  scenario: Scenario,
  plan: SessionPlan,
  minutes: MinutesPlan,
): MinutesGroup[] {
  const roles = minutes.perRole.map((entry) => {
    const role = scenario.roles.find((r) => r.id === entry.role);
    const team = plan.teams.find((t) => t.role === entry.role)?.team;
    const subtotal =
      entry.briefing +
      entry.scenes +
      entry.debrief +
      entry.decisions.reduce((sum, d) => sum + d.minutes, 0);
    const name = roleName(scenario, entry.role);
    return {
      heading: team
        ? t('packMinutes.rolePlayedByHeading', {
            role: name,
            team,
            minutes: formatMinutes(subtotal),
          })
        : t('packMinutes.roleHeading', { role: name, minutes: formatMinutes(subtotal) }),
      parts: [
        { label: t('packMinutes.briefing'), minutes: entry.briefing },
        ...entry.decisions.map((decision) => ({
          label: decisionLabel(
            role?.beats.find((b) => b.id === decision.beat)?.title ?? decision.beat,
            decision,
          ),
          minutes: decision.minutes,
        })),
        ...(entry.scenes > 0 ? [{ label: t('packMinutes.scenes'), minutes: entry.scenes }] : []),
        { label: t('packMinutes.debrief'), minutes: entry.debrief },
      ],
    };
  });
  return [
    {
      heading: null,
      parts: [{ label: t('packMinutes.overview'), minutes: minutes.overview }],
    },
    ...roles,
    {
      heading: null,
      parts: [
        { label: t('packMinutes.allowance'), minutes: minutes.offPath },
        { label: t('packMinutes.wrapUp'), minutes: minutes.wrapUp },
      ],
    },
  ];
}

/** "Decision: The deadline (5 discussion, 2.5 vote and outcome, 1 news)", or narrated. */
function decisionLabel(title: string, decision: DecisionMinutes): string {
  const news = decision.news > 0 ? formatMinutes(decision.news) : 'none';
  if (decision.narrated) return t('packMinutes.narrated', { title, news });
  const vote = decision.minutes - decision.discussion - decision.news;
  return t('packMinutes.decision', {
    title,
    news,
    discussion: formatMinutes(decision.discussion),
    vote: formatMinutes(vote),
  });
}

/**
 * The minutes as a table with one row group per role. With `runSheet`, two more columns: the
 * minute each part should end by, and a blank one for the clock time, written in by hand.
 */
export function minutesTable(
  groups: readonly MinutesGroup[],
  total: number,
  options: { caption: string; runSheet?: boolean },
): HTMLTableElement {
  const runSheet = options.runSheet === true;
  const columns: readonly MessageKey[] = runSheet
    ? ['packMinutes.part', 'packMinutes.minutes', 'packMinutes.endsBy', 'packMinutes.clock']
    : ['packMinutes.part', 'packMinutes.minutes'];
  let elapsed = 0;
  const row = (part: MinutesPart): HTMLTableRowElement => {
    elapsed += part.minutes;
    return el(
      'tr',
      {},
      el('th', { attrs: { scope: 'row' }, text: part.label }),
      el('td', { className: 'minutes-number', text: formatMinutes(part.minutes) }),
      runSheet ? el('td', { className: 'minutes-number', text: formatMinutes(elapsed) }) : null,
      runSheet ? el('td', { className: 'minutes-clock' }) : null,
    );
  };
  const bodies = groups.map((group) =>
    el(
      'tbody',
      { className: group.heading ? 'minutes-role' : '' },
      group.heading
        ? el(
            'tr',
            {},
            el('th', {
              attrs: { scope: 'rowgroup', colspan: String(columns.length) },
              text: group.heading,
            }),
          )
        : null,
      ...group.parts.map(row),
    ),
  );
  return el(
    'table',
    { className: runSheet ? 'minutes-table run-sheet' : 'minutes-table' },
    el('caption', { text: options.caption }),
    el(
      'thead',
      {},
      el('tr', {}, ...columns.map((name) => el('th', { attrs: { scope: 'col' }, text: t(name) }))),
    ),
    ...bodies,
    el(
      'tfoot',
      {},
      el(
        'tr',
        {},
        el('th', { attrs: { scope: 'row' }, text: t('packMinutes.total') }),
        el('td', { className: 'minutes-number', text: formatMinutes(total) }),
        runSheet ? el('td') : null,
        runSheet ? el('td', { className: 'minutes-clock' }) : null,
      ),
    ),
  );
}
