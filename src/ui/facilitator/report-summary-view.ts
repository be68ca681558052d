/**
 * The report's first page: the session at a glance, where the room left history, the room's
 * takeaways, strengths and improvements, and the action items with owners and dates. Printed, it
 * fills the first A4 page on its own; the decision log follows as an appendix.
 */
import type { AfterActionReport } from '../../facilitation/after-action-report-types';
import { quote, REPORT_WORDS } from '../../facilitation/history-words';
import { actionColumns, summaryFacts } from '../../facilitation/summary-words';
import { t } from '../../i18n/translate';
import { el, uniqueId, type Child } from '../dom';

/** The summary section, first in the report. */
export function reportSummary(report: AfterActionReport): HTMLElement {
  const s = report.summary;
  const heading = el('h2', { id: uniqueId('report-summary'), text: t('reportSummary.heading') });
  return el(
    'section',
    { className: 'report-summary', attrs: { 'aria-labelledby': heading.id } },
    heading,
    el(
      'dl',
      { className: 'report-facts' },
      ...summaryFacts(report).flatMap(([term, value]): Child[] => [
        el('dt', { text: term }),
        el('dd', { text: value }),
      ]),
    ),
    report.scenario.fictional || report.roles.length === 0 ? null : leftHistory(report),
    el(
      'div',
      { className: 'report-summary-notes' },
      notes(t('reportSummary.takeaways'), s.takeaways),
      notes(t('reportSummary.strengths'), s.strengths),
      notes(t('reportSummary.improvements'), s.improvements),
    ),
    el('h3', { text: t('reportSummary.actions') }),
    s.actions.length === 0
      ? el('p', { className: 'report-note', text: t('reportSummary.noneEntered') })
      : el(
          'table',
          { className: 'report-table report-actions' },
          el('caption', { className: 'visually-hidden', text: t('reportSummary.actions') }),
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              ...actionColumns().map((c) => el('th', { text: c, attrs: { scope: 'col' } })),
            ),
          ),
          el(
            'tbody',
            {},
            ...s.actions.map((a) =>
              el(
                'tr',
                {},
                el('td', { text: a.what }),
                el('td', { text: a.owner || '—' }),
                el('td', { text: a.due || '—' }),
              ),
            ),
          ),
        ),
    s.wrappedUp
      ? null
      : el('p', { className: 'report-note', text: t('reportSummary.notWrappedUp') }),
  );
}

function notes(title: string, items: readonly string[]): HTMLElement {
  return el(
    'div',
    {},
    el('h3', { text: title }),
    items.length === 0
      ? el('p', { className: 'report-note', text: t('reportSummary.noneEntered') })
      : el('ul', {}, ...items.map((text) => el('li', { text }))),
  );
}

function leftHistory(report: AfterActionReport): HTMLElement {
  const left = report.roles.filter((r) => r.leftHistory);
  return el(
    'div',
    { className: 'report-left-history' },
    el('h3', { text: t('history.leftHeading') }),
    left.length === 0
      ? el('p', { text: t('history.leftNone') })
      : el(
          'ul',
          {},
          ...left.map((r) =>
            el(
              'li',
              {},
              el('strong', { text: `${r.roleName}: ` }),
              r.leftHistory ? REPORT_WORDS.leftLine(r.leftHistory, quote) : '',
            ),
          ),
        ),
  );
}
