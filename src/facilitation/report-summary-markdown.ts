/**
 * The report's first page in Markdown: the session at a glance, where the room left history, the
 * wrap-up, and the action items. Every piece of text is escaped (markdown-text.ts).
 */
import type { AfterActionReport } from './after-action-report-types';
import { t } from '../i18n/translate';
import { quote, REPORT_WORDS } from './history-words';
import { markdownInline, markdownLine } from './markdown-text';
import { actionColumns, summaryFacts } from './summary-words';

const quoted = (text: string): string => quote(markdownInline(text));

const bullets = (items: readonly string[], none: string): string[] =>
  items.length === 0 ? [`_${none}_`, ''] : [...items.map((i) => `- ${markdownLine(i)}`), ''];

/** The summary section, first in the report. */
export function summaryMarkdown(report: AfterActionReport): string[] {
  const s = report.summary;
  const out = [`## ${t('reportSummary.heading')}`, ''];
  for (const [term, value] of summaryFacts(report))
    out.push(`- **${term}:** ${markdownInline(value)}`);
  out.push('');
  if (!report.scenario.fictional && report.roles.length > 0) {
    out.push(`### ${t('history.leftHeading')}`, '');
    const left = report.roles.filter((r) => r.leftHistory);
    if (left.length === 0) out.push(t('history.leftNone'), '');
    for (const r of left)
      if (r.leftHistory)
        out.push(
          `- **${markdownInline(r.roleName)}:** ${REPORT_WORDS.leftLine(r.leftHistory, quoted)}`,
        );
    if (left.length > 0) out.push('');
  }
  out.push(
    `### ${t('reportSummary.takeaways')}`,
    '',
    ...bullets(s.takeaways, t('reportSummary.noneEntered')),
  );
  out.push(
    `### ${t('reportSummary.strengths')}`,
    '',
    ...bullets(s.strengths, t('reportSummary.noneEntered')),
  );
  out.push(
    `### ${t('reportSummary.improvements')}`,
    '',
    ...bullets(s.improvements, t('reportSummary.noneEntered')),
  );
  out.push(`### ${t('reportSummary.actions')}`, '');
  if (s.actions.length === 0) out.push(`_${t('reportSummary.noneEntered')}_`, '');
  else
    out.push(
      `| ${actionColumns().join(' | ')} |`,
      '| --- | --- | --- |',
      ...s.actions.map(
        (a) =>
          `| ${markdownInline(a.what)} | ${markdownInline(a.owner) || '—'} | ${a.due || '—'} |`,
      ),
      '',
    );
  if (!s.wrappedUp) out.push(`_${t('reportSummary.notWrappedUp')}_`, '');
  return out;
}
