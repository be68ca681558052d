/**
 * The after-action report as Markdown, for a wiki, an e-mail or a ticket. Scenario and room text is
 * data, never markup: every piece is escaped so that it shows as written in any Markdown viewer.
 */
import { roomCheckMarkdown } from './room-check-report';
import type { SourceView } from '../engine/view-types';
import type { AfterActionReport, ReportDecision, ReportRole } from './after-action-report-types';
import { markdownBlock, markdownInline, markdownLine } from './markdown-text';
import { whoKnewWhatMarkdown } from './who-knew-what';
import { realityHeading } from './history-words';
import { summaryMarkdown } from './report-summary-markdown';
import { orgNotesMarkdown } from './report-org';
import { t } from '../i18n/translate';

/** A bold label before its value, as the report's Markdown writes one: `**Vote:** 7-5-2`. */
const label = (words: string): string => `**${words}:**`;

/** Citations as blockquotes, each followed by its attribution. */
function citationBlocks(sources: readonly SourceView[]): string[] {
  return sources.flatMap((s) => [
    markdownBlock(s.quote)
      .split('\n\n')
      .map((p) => `> ${p}`)
      .join('\n>\n') + `\n>\n> — ${markdownInline(s.attribution)}`,
    '',
  ]);
}

const bullets = (items: readonly string[]): string[] =>
  items.length === 0 ? [] : [...items.map((i) => `- ${markdownLine(i)}`), ''];

function decisionMarkdown(d: ReportDecision, n: number): string[] {
  const title = t('report.decisionHeading', { number: n, title: markdownInline(d.beatTitle) });
  const out = [`### ${title}`, ''];
  out.push(`${label(t('report.prompt'))} ${markdownInline(d.prompt)}`, '');
  out.push(`${label(t('report.roomChose'))} ${markdownInline(d.choiceLabel)}`, '');
  if (d.tally) {
    const columns = `| ${t('report.choice')} | ${t('report.votes')} |`;
    out.push(`${label(t('report.vote'))} ${d.tally.text}`, '', columns, '| --- | ---: |');
    for (const v of d.tally.votes) out.push(`| ${markdownInline(v.label)} | ${v.votes} |`);
    out.push('');
  }
  if (d.rationale !== undefined)
    out.push(`${label(t('report.rationale'))} ${markdownInline(d.rationale)}`, '');
  if (d.skipped) out.push(`${label(t('report.skipped'))} ${t('report.skippedNote')}`, '');
  if (d.teams) {
    const columns = [t('report.team'), t('report.choice'), t('report.reason')];
    out.push(`| ${columns.join(' | ')} |`, '| --- | --- | --- |');
    for (const team of d.teams)
      out.push(
        `| ${markdownInline(team.team)} | ${markdownInline(team.choiceLabel)} | ${markdownInline(team.reason ?? '')} |`,
      );
    out.push('');
  }
  if (d.reasons?.length)
    out.push(
      label(t('report.reasonsGiven')),
      '',
      ...d.reasons.map((r) => `- ${markdownInline(r.label)}: ${markdownInline(r.text)}`),
      '',
    );
  if (d.history)
    out.push(`${label(t('report.theSource'))} ${markdownInline(d.history.verdict)}`, '');
  if (d.outcome) {
    const o = d.outcome;
    const status = `${o.statusLabel}: ${markdownInline(o.statusMeaning)}`;
    out.push(`**${t('report.outcome')}** (${status}):`, '');
    out.push(markdownBlock(o.text), '', ...citationBlocks(o.citations));
    if (o.basis.length > 0) out.push(t('report.extrapolatedFrom'), '', ...citationBlocks(o.basis));
  }
  return out;
}

function roleMarkdown(r: ReportRole, fictional: boolean): string[] {
  const out = [
    `## ${markdownInline(r.roleName)}${r.team ? ` (${markdownInline(r.team)})` : ''}`,
    '',
  ];
  if (r.rejoinedHistory)
    out.push(
      `**${t('history.rejoinHeading')}.** ${markdownInline(t('history.rejoinNote'))}`,
      '',
      markdownBlock(r.rejoinedHistory.text),
      '',
      ...citationBlocks(r.rejoinedHistory.citations),
    );
  if (r.decisions.length === 0) out.push(t('report.noDecisions'), '');
  r.decisions.forEach((d, i) => out.push(...decisionMarkdown(d, i + 1)));
  if (r.ending) {
    const e = r.ending;
    out.push(`### ${t('report.endingHeading', { title: markdownInline(e.title) })}`, '');
    for (const sentence of e.verdict) out.push(`_${markdownInline(sentence)}_`, '');
    out.push(markdownBlock(e.debrief), '');
    out.push(label(realityHeading(fictional)), '');
    out.push(markdownBlock(e.reality.text), '', ...citationBlocks(e.reality.citations));
  } else out.push(`_${t('report.notFinished')}_`, '');
  if (r.discussed) out.push(`### ${t('report.questionsDiscussed')}`, '', ...bullets(r.discussed));
  else if (r.questions.length > 0)
    out.push(`### ${t('report.questionsForDiscussion')}`, '', ...bullets(r.questions));
  if (r.learningPoints.length > 0)
    out.push(`### ${t('report.roleLearningPoints')}`, '', ...bullets(r.learningPoints));
  return out;
}

/** The whole report as one Markdown document. */
export function reportMarkdown(report: AfterActionReport): string {
  const fictional = report.scenario.fictional;
  const out = [
    `# ${markdownInline(report.title)}`,
    '',
    ...summaryMarkdown(report),
    `# ${t('reportSummary.appendix')}`,
    '',
    t('reportSummary.appendixNote'),
    '',
    ...(report.namesWithheld ? [report.namesWithheld, ''] : []),
    `## ${t('report.teams')}`,
    '',
    `| ${t('report.role')} | ${t('report.team')} | ${t('report.played')} |`,
    '| --- | --- | --- |',
    ...report.plan.teams.map((team) => {
      const played = report.roles.some((r) => r.role === team.role);
      const cell = played ? t('report.playedYesInTable') : t('report.playedNotYetInTable');
      return `| ${markdownInline(team.roleName)} | ${markdownInline(team.team)} | ${cell} |`;
    }),
    '',
  ];
  for (const r of report.roles) out.push(...roleMarkdown(r, fictional));
  if (report.learningPoints.length > 0)
    out.push(`## ${t('report.learningPoints')}`, '', ...bullets(report.learningPoints));
  out.push(...roomCheckMarkdown(report.checks ?? []));
  out.push(whoKnewWhatMarkdown(report.whoKnewWhat));
  out.push('', ...orgNotesMarkdown(report));
  return `${out.join('\n').trimEnd()}\n`;
}
