/**
 * The after-action report as Markdown, for a wiki, an e-mail or a ticket. Scenario and room text is
 * data, never markup: every piece is escaped so that it shows as written in any Markdown viewer.
 */
import { roomCheckMarkdown } from './room-check-report';
import type { SourceView } from '../engine/view-types';
import type { AfterActionReport, ReportDecision, ReportRole } from './after-action-report-types';
import { markdownBlock, markdownInline, markdownLine } from './markdown-text';
import { whoKnewWhatMarkdown } from './who-knew-what';
import { REALITY_HEADING, REPORT_WORDS } from './history-words';
import { summaryMarkdown } from './report-summary-markdown';
import { SUMMARY_WORDS } from './summary-words';
import { orgNotesMarkdown } from './report-org';

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
  const out = [`### Decision ${n}: ${markdownInline(d.beatTitle)}`, ''];
  out.push(`**Prompt:** ${markdownInline(d.prompt)}`, '');
  out.push(`**The room chose:** ${markdownInline(d.choiceLabel)}`, '');
  if (d.tally) {
    out.push(`**Vote:** ${d.tally.text}`, '', '| Choice | Votes |', '| --- | ---: |');
    for (const v of d.tally.votes) out.push(`| ${markdownInline(v.label)} | ${v.votes} |`);
    out.push('');
  }
  if (d.rationale !== undefined) out.push(`**Rationale:** ${markdownInline(d.rationale)}`, '');
  if (d.skipped) out.push('**Skipped:** history’s choice was read out; the room did not vote.', '');
  if (d.teams) {
    out.push('| Team | Choice | Reason |', '| --- | --- | --- |');
    for (const t of d.teams)
      out.push(
        `| ${markdownInline(t.team)} | ${markdownInline(t.choiceLabel)} | ${markdownInline(t.reason ?? '')} |`,
      );
    out.push('');
  }
  if (d.reasons?.length)
    out.push(
      '**Reasons given:**',
      '',
      ...d.reasons.map((r) => `- ${markdownInline(r.label)}: ${markdownInline(r.text)}`),
      '',
    );
  if (d.history) out.push(`**The source:** ${markdownInline(d.history.verdict)}`, '');
  if (d.outcome) {
    const o = d.outcome;
    out.push(`**Outcome** (${o.statusLabel}: ${markdownInline(o.statusMeaning)}):`, '');
    out.push(markdownBlock(o.text), '', ...citationBlocks(o.citations));
    if (o.basis.length > 0) out.push('Extrapolated from:', '', ...citationBlocks(o.basis));
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
      `**${REPORT_WORDS.rejoinHeading}.** ${markdownInline(REPORT_WORDS.rejoinNote)}`,
      '',
      markdownBlock(r.rejoinedHistory.text),
      '',
      ...citationBlocks(r.rejoinedHistory.citations),
    );
  if (r.decisions.length === 0) out.push('No decisions were taken.', '');
  r.decisions.forEach((d, i) => out.push(...decisionMarkdown(d, i + 1)));
  if (r.ending) {
    const e = r.ending;
    out.push(`### Ending: ${markdownInline(e.title)}`, '');
    for (const sentence of e.verdict) out.push(`_${markdownInline(sentence)}_`, '');
    out.push(markdownBlock(e.debrief), '');
    out.push(`**${fictional ? 'What it shows' : REALITY_HEADING}:**`, '');
    out.push(markdownBlock(e.reality.text), '', ...citationBlocks(e.reality.citations));
  } else out.push('_This role was not finished._', '');
  if (r.discussed) out.push('### Questions discussed', '', ...bullets(r.discussed));
  else if (r.questions.length > 0)
    out.push('### Questions for discussion', '', ...bullets(r.questions));
  if (r.learningPoints.length > 0)
    out.push('### Learning points for this role', '', ...bullets(r.learningPoints));
  return out;
}

/** The whole report as one Markdown document. */
export function reportMarkdown(report: AfterActionReport): string {
  const fictional = report.scenario.fictional;
  const out = [
    `# ${markdownInline(report.title)}`,
    '',
    ...summaryMarkdown(report),
    `# ${SUMMARY_WORDS.appendix}`,
    '',
    SUMMARY_WORDS.appendixNote,
    '',
    ...(report.namesWithheld ? [report.namesWithheld, ''] : []),
    '## Teams',
    '',
    '| Role | Team | Played |',
    '| --- | --- | --- |',
    ...report.plan.teams.map(
      (t) =>
        `| ${markdownInline(t.roleName)} | ${markdownInline(t.team)} | ${report.roles.some((r) => r.role === t.role) ? 'yes' : 'not yet'} |`,
    ),
    '',
  ];
  for (const r of report.roles) out.push(...roleMarkdown(r, fictional));
  if (report.learningPoints.length > 0)
    out.push('## Learning points', '', ...bullets(report.learningPoints));
  out.push(...roomCheckMarkdown(report.checks ?? []));
  out.push(whoKnewWhatMarkdown(report.whoKnewWhat));
  out.push('', ...orgNotesMarkdown(report));
  return `${out.join('\n').trimEnd()}\n`;
}
