import type {
  AfterActionReport,
  ReportDecision,
  ReportRole,
} from '../../facilitation/after-action-report-types';
import type { SourceView } from '../../engine/view-types';
import { button, el, list, paragraphs, uniqueId, type Child } from '../dom';
import { citations } from '../parts/citation';
import { statusLabel } from '../parts/status-label';
import { whoKnewWhatView } from '../parts/who-knew-what';
import { REALITY_HEADING, REPORT_WORDS } from '../../facilitation/history-words';
import './report.css';

/** What the report screen offers; the facilitator app wires them to files and the print dialog. */
export interface ReportActions {
  downloadMarkdown(): void;
  downloadJson(): void;
  print(): void;
}

/**
 * The after-action report on screen, and on paper through the print dialog: the room's decisions
 * with their votes and reasons, each outcome's status and sources, and the who-knew-what table.
 */
export function reportView(report: AfterActionReport, actions: ReportActions): HTMLElement {
  const heading = el('h1', { id: uniqueId('report-heading'), text: report.title });
  const fictional = report.scenario.fictional;
  return el(
    'section',
    { className: 'panel report', attrs: { 'aria-labelledby': heading.id } },
    el('p', { className: 'kicker', text: `Facilitated session · ${report.date}` }),
    heading,
    facts([
      ['Scenario', `${report.scenario.title}, version ${report.scenario.version}`],
      ['Date', report.date],
      ['Mode', report.plan.modeLabel],
      ['Time planned', `${report.plan.budgetMinutes} minutes`],
      ...(report.minutesTaken !== undefined
        ? [['Time taken', `${report.minutesTaken} minutes`] as [string, string]]
        : []),
    ]),
    el(
      'div',
      { className: 'actions no-print' },
      button('Download the report (Markdown)', () => actions.downloadMarkdown(), 'primary'),
      button('Download the session log (JSON)', () => actions.downloadJson()),
      button('Print or save as PDF', () => actions.print()),
    ),
    el('h2', { text: 'Teams' }),
    table(
      'Who played which role',
      ['Role', 'Team', 'Played'],
      report.plan.teams.map((t) => [
        t.roleName,
        t.team,
        report.roles.some((r) => r.role === t.role) ? 'Yes' : 'Not yet',
      ]),
    ),
    fictional || report.roles.length === 0 ? null : leftHistory(report),
    ...report.roles.map((r) => roleSection(r, fictional)),
    report.learningPoints.length > 0 ? el('h2', { text: 'Learning points' }) : null,
    list(report.learningPoints),
    el('div', { className: 'report-who-knew-what' }, whoKnewWhatView(report.whoKnewWhat, 2)),
  );
}

function leftHistory(report: AfterActionReport): HTMLElement {
  const left = report.roles.filter((r) => r.leftHistory);
  return el(
    'div',
    { className: 'report-left-history' },
    el('h2', { text: REPORT_WORDS.leftHeading }),
    left.length === 0
      ? el('p', { text: REPORT_WORDS.leftNone })
      : el(
          'ul',
          {},
          ...left.map((r) =>
            el(
              'li',
              {},
              el('strong', { text: `${r.roleName}: ` }),
              r.leftHistory ? REPORT_WORDS.leftLine(r.leftHistory, (t) => `“${t}”`) : '',
            ),
          ),
        ),
  );
}

function roleSection(r: ReportRole, fictional: boolean): HTMLElement {
  const heading = el('h2', {
    id: uniqueId('report-role'),
    text: r.team ? `${r.roleName} (${r.team})` : r.roleName,
  });
  const e = r.ending;
  return el(
    'article',
    { className: 'report-role', attrs: { 'aria-labelledby': heading.id } },
    heading,
    r.rejoinedHistory
      ? el(
          'div',
          { className: 'report-rejoin' },
          el('h3', { text: REPORT_WORDS.rejoinHeading }),
          el('p', { className: 'report-note', text: REPORT_WORDS.rejoinNote }),
          ...paragraphs(r.rejoinedHistory.text),
          sources(r.rejoinedHistory.citations),
        )
      : null,
    r.decisions.length === 0 ? el('p', { text: 'No decisions were taken.' }) : null,
    ...r.decisions.map((d, i) => decisionArticle(d, i + 1)),
    e
      ? el(
          'div',
          { className: 'report-ending' },
          el('h3', { text: `Ending: ${e.title}` }),
          e.verdict.length > 0
            ? el('div', { className: 'verdict' }, ...e.verdict.map((text) => el('p', { text })))
            : null,
          ...paragraphs(e.debrief),
          el('h4', { text: fictional ? 'What it shows' : REALITY_HEADING }),
          ...paragraphs(e.reality.text),
          sources(e.reality.citations),
        )
      : el('p', { className: 'report-note', text: 'This role was not finished.' }),
    r.questions.length > 0 ? el('h3', { text: 'Questions for discussion' }) : null,
    list(r.questions, 'questions'),
    r.learningPoints.length > 0 ? el('h3', { text: 'Learning points for this role' }) : null,
    list(r.learningPoints),
  );
}

function decisionArticle(d: ReportDecision, n: number): HTMLElement {
  const o = d.outcome;
  return el(
    'article',
    { className: 'report-decision' },
    el('h3', { text: `Decision ${n}: ${d.beatTitle}` }),
    el('p', { className: 'prompt', text: d.prompt }),
    labelled('The room chose', d.choiceLabel, 'report-choice'),
    d.tally
      ? table(
          `Vote: ${d.tally.text}`,
          ['Choice', 'Votes'],
          d.tally.votes.map((v) => [v.label, String(v.votes)]),
          'report-tally',
        )
      : null,
    d.rationale !== undefined ? labelled('Rationale', d.rationale, 'report-rationale') : null,
    d.reasons?.length ? el('h4', { text: 'Reasons given' }) : null,
    d.reasons?.length
      ? el(
          'ul',
          { className: 'report-reasons' },
          ...d.reasons.map((r) => el('li', {}, el('strong', { text: `${r.label}: ` }), r.text)),
        )
      : null,
    d.history
      ? labelled(
          'The source',
          d.history.verdict,
          d.history.account.kind === 'historical' && !d.history.matched
            ? 'report-history differs'
            : 'report-history',
        )
      : null,
    o ? el('h4', { text: 'Outcome' }) : null,
    o ? statusLabel(o.status) : null,
    ...(o ? paragraphs(o.text) : []),
    o ? sources(o.citations) : null,
    o && o.basis.length > 0 ? sources(o.basis, 'Extrapolated from source') : null,
  );
}

function labelled(label: string, value: string, className: string): HTMLElement {
  return el('p', { className }, el('strong', { text: `${label}: ` }), value);
}

/** Citations shown open: the report is read on paper, where a closed disclosure prints nothing. */
function sources(items: readonly SourceView[], summary = 'Source'): HTMLElement | null {
  return citations(items, summary, true);
}

function facts(rows: [string, string][]): HTMLElement {
  return el(
    'dl',
    { className: 'report-facts' },
    ...rows.flatMap(([term, value]): Child[] => [
      el('dt', { text: term }),
      el('dd', { text: value }),
    ]),
  );
}

function table(caption: string, columns: string[], rows: string[][], className = ''): HTMLElement {
  return el(
    'table',
    { className: `report-table ${className}`.trim() },
    el('caption', { text: caption }),
    el(
      'thead',
      {},
      el('tr', {}, ...columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } }))),
    ),
    el(
      'tbody',
      {},
      ...rows.map(([first, ...rest]) =>
        el(
          'tr',
          {},
          el('th', { text: first ?? '', attrs: { scope: 'row' } }),
          ...rest.map((cell) => el('td', { text: cell })),
        ),
      ),
    ),
  );
}
