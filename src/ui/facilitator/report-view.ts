import type {
  AfterActionReport,
  ReportDecision,
  ReportRole,
} from '../../facilitation/after-action-report-types';
import type { SourceView } from '../../engine/view-types';
import { button, el, list, paragraphs, uniqueId } from '../dom';
import { citations, sourceSummary, type CitationSummary } from '../parts/citation';
import { statusLabel } from '../parts/status-label';
import { whoKnewWhatView } from '../parts/who-knew-what';
import { orgNotesView } from './report-org-view';
import { realityHeading } from '../../facilitation/history-words';
import { reportFileName } from '../../facilitation/after-action-report';
import { roomCheckView } from './room-check-view';
import { reportSummary } from './report-summary-view';
import { t } from '../../i18n/translate';
import './report.css';

/** What the report screen offers; the facilitator app wires them to files and the print dialog. */
export interface ReportActions {
  downloadMarkdown(): void;
  downloadJson(): void;
  /** Attendance as CSV (absent: the button is not offered). */
  downloadAttendance?(): void;
  print(): void;
}

/**
 * The after-action report on screen, and on paper through the print dialog: a one-page summary
 * first, then as an appendix the room's decisions with their votes and reasons, each outcome's
 * status and sources, and the who-knew-what table.
 */
export function reportView(report: AfterActionReport, actions: ReportActions): HTMLElement {
  const heading = el('h1', { id: uniqueId('report-heading'), text: report.title });
  const fictional = report.scenario.fictional;
  return el(
    'section',
    { className: 'panel report', attrs: { 'aria-labelledby': heading.id } },
    el('p', { className: 'kicker', text: t('report.kicker', { date: report.date }) }),
    heading,
    el(
      'div',
      { className: 'actions no-print' },
      button(t('report.downloadMarkdown'), () => actions.downloadMarkdown(), 'primary'),
      button(t('report.downloadJson'), () => actions.downloadJson()),
      actions.downloadAttendance
        ? button(t('report.downloadAttendance'), () => actions.downloadAttendance?.())
        : null,
      button(t('report.print'), () => actions.print()),
    ),
    reportSummary(report),
    el('h2', { className: 'report-appendix', text: t('reportSummary.appendix') }),
    el('p', { className: 'report-note', text: t('reportSummary.appendixNote') }),
    report.namesWithheld ? el('p', { className: 'report-note', text: report.namesWithheld }) : null,
    el('h3', { text: t('report.teams') }),
    table(
      t('report.teamsCaption'),
      [t('report.role'), t('report.team'), t('report.played')],
      report.plan.teams.map((team) => [
        team.roleName,
        team.team,
        report.roles.some((r) => r.role === team.role)
          ? t('report.playedYes')
          : t('report.playedNotYet'),
      ]),
    ),
    ...report.roles.map((r) => roleSection(r, fictional)),
    report.learningPoints.length > 0 ? el('h2', { text: t('report.learningPoints') }) : null,
    list(report.learningPoints),
    report.checks
      ? roomCheckView(report.checks, reportFileName(report, 'md').replace(/\.md$/, ''))
      : null,
    el('div', { className: 'report-who-knew-what' }, whoKnewWhatView(report.whoKnewWhat, 2)),
    orgNotesView(report),
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
          el('h3', { text: t('history.rejoinHeading') }),
          el('p', { className: 'report-note', text: t('history.rejoinNote') }),
          ...paragraphs(r.rejoinedHistory.text),
          sources(r.rejoinedHistory.citations),
        )
      : null,
    r.decisions.length === 0 ? el('p', { text: t('report.noDecisions') }) : null,
    ...r.decisions.map((d, i) => decisionArticle(d, i + 1)),
    e
      ? el(
          'div',
          { className: 'report-ending' },
          el('h3', { text: t('report.endingHeading', { title: e.title }) }),
          e.verdict.length > 0
            ? el('div', { className: 'verdict' }, ...e.verdict.map((text) => el('p', { text })))
            : null,
          ...paragraphs(e.debrief),
          el('h4', { text: realityHeading(fictional) }),
          ...paragraphs(e.reality.text),
          sources(e.reality.citations),
        )
      : el('p', { className: 'report-note', text: t('report.notFinished') }),
    ...(r.discussed
      ? [el('h3', { text: t('report.questionsDiscussed') }), list(r.discussed, 'questions')]
      : [
          r.questions.length > 0 ? el('h3', { text: t('report.questionsForDiscussion') }) : null,
          list(r.questions, 'questions'),
        ]),
    r.learningPoints.length > 0 ? el('h3', { text: t('report.roleLearningPoints') }) : null,
    list(r.learningPoints),
  );
}

function decisionArticle(d: ReportDecision, n: number): HTMLElement {
  const o = d.outcome;
  return el(
    'article',
    { className: 'report-decision' },
    el('h3', { text: t('report.decisionHeading', { number: n, title: d.beatTitle }) }),
    el('p', { className: 'prompt', text: d.prompt }),
    labelled(
      d.skipped ? t('report.narrated') : t('report.roomChose'),
      d.choiceLabel,
      'report-choice',
    ),
    d.teams
      ? table(
          t('report.eachTeamsChoice'),
          [t('report.team'), t('report.choice'), t('report.reason')],
          d.teams.map((team) => [team.team, team.choiceLabel, team.reason ?? '']),
          'report-teams',
        )
      : null,
    d.tally
      ? table(
          t('report.voteCaption', { tally: d.tally.text }),
          [t('report.choice'), t('report.votes')],
          d.tally.votes.map((v) => [v.label, String(v.votes)]),
          'report-tally',
        )
      : null,
    d.rationale !== undefined
      ? labelled(t('report.rationale'), d.rationale, 'report-rationale')
      : null,
    d.reasons?.length ? el('h4', { text: t('report.reasonsGiven') }) : null,
    d.reasons?.length
      ? el(
          'ul',
          { className: 'report-reasons' },
          ...d.reasons.map((r) => el('li', {}, el('strong', { text: `${r.label}: ` }), r.text)),
        )
      : null,
    d.history
      ? labelled(
          t('report.theSource'),
          d.history.verdict,
          d.history.account.kind === 'historical' && !d.history.matched
            ? 'report-history differs'
            : 'report-history',
        )
      : null,
    o ? el('h4', { text: t('report.outcome') }) : null,
    o ? statusLabel(o.status) : null,
    ...(o ? paragraphs(o.text) : []),
    o ? sources(o.citations) : null,
    o && o.basis.length > 0 ? sources(o.basis, extrapolatedSummary) : null,
  );
}

function labelled(label: string, value: string, className: string): HTMLElement {
  return el('p', { className }, el('strong', { text: `${label}: ` }), value);
}

/** Citations shown open: the report is read on paper, where a closed disclosure prints nothing. */
/** The facts a what-if extrapolates from, as the report's disclosure names them. */
const extrapolatedSummary: CitationSummary = (count) =>
  t('report.extrapolatedFromSource', { count });

function sources(items: readonly SourceView[], summary = sourceSummary): HTMLElement | null {
  return citations(items, summary, true);
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
