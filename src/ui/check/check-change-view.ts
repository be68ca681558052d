/**
 * The learner's own change over a role's check, for the debrief's first screen (a compact table:
 * each item before and after, the score and confidence), and the explanations of the knowledge
 * items with the excerpts that settle them (a section the reader opens).
 */
import type { Assessment } from '../../engine/assessment-schema';
import {
  agreementWords,
  confidenceWords,
  type CheckChange,
  type ItemChange,
} from '../../engine/check-answers';
import { citeSources } from '../../engine/cite-sources';
import type { Scenario } from '../../engine/schema';
import { t, type MessageKey } from '../../i18n/translate';
import { el } from '../dom';
import { sourceFigure } from '../parts/citation';
import './check.css';

const MARK: Record<'right' | 'wrong' | 'unanswered', MessageKey> = {
  right: 'selfCheck.right',
  wrong: 'selfCheck.wrong',
  unanswered: 'selfCheck.noAnswer',
};

/** The change as a table: what the learner answered before and after, item by item. */
export function checkChangeView(change: CheckChange): HTMLElement {
  const summary =
    change.knowledgeItems > 0
      ? t('selfCheck.score', {
          before: change.rightBefore,
          total: change.knowledgeItems,
          after: change.rightAfter,
        })
      : '';
  const confidence =
    change.confidenceBefore !== undefined || change.confidenceAfter !== undefined
      ? t('selfCheck.confidence', {
          before: scaleCell(change.confidenceBefore, confidenceWords),
          after: scaleCell(change.confidenceAfter, confidenceWords),
        })
      : '';
  return el(
    'div',
    { className: 'check-change' },
    summary || confidence
      ? el('p', { className: 'check-score', text: `${summary} ${confidence}`.trim() })
      : null,
    el(
      'table',
      { className: 'check-change-table' },
      el('caption', { className: 'visually-hidden', text: t('selfCheck.tableCaption') }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { attrs: { scope: 'col' }, text: t('selfCheck.item') }),
          el('th', { attrs: { scope: 'col' }, text: t('selfCheck.before') }),
          el('th', { attrs: { scope: 'col' }, text: t('selfCheck.after') }),
        ),
      ),
      el('tbody', {}, ...change.items.map(itemRow)),
    ),
  );
}

function itemRow(item: ItemChange): HTMLTableRowElement {
  if (item.kind === 'knowledge')
    return el(
      'tr',
      {},
      el('th', { attrs: { scope: 'row' }, text: item.question }),
      markCell(item.before, item.beforeLabel),
      markCell(item.after, item.afterLabel),
    );
  return el(
    'tr',
    {},
    el('th', { attrs: { scope: 'row' }, text: item.statement }),
    el('td', { text: scaleCell(item.before, agreementWords) }),
    el('td', { text: scaleCell(item.after, agreementWords) }),
  );
}

function markCell(mark: 'right' | 'wrong' | 'unanswered', label?: string): HTMLElement {
  return el(
    'td',
    { className: `check-mark is-${mark}`, ...(label ? { attrs: { title: label } } : {}) },
    t(MARK[mark]),
  );
}

function scaleCell(point: number | undefined, words: (point: number) => string): string {
  return point === undefined ? t('selfCheck.noAnswer') : words(point);
}

/** Each knowledge item's right answer and why, with its excerpts; each judgement item's note. */
export function checkExplained(scenario: Scenario, assessment: Assessment): HTMLElement[] {
  return [
    ...(assessment.knowledge ?? []).map((k) => {
      const right = k.options.find((o) => o.id === k.answer)?.label ?? k.answer;
      return el(
        'div',
        { className: 'check-explained' },
        el('h3', { text: k.question }),
        el('p', {}, el('strong', { text: `${t('selfCheck.answer')}: ` }), right),
        el('p', { text: k.explain }),
        ...citeSources(scenario, k.cites).map((s) => sourceFigure(s, 'citation')),
        scenario.fictional
          ? el('p', {
              className: 'check-note',
              text: t('selfCheck.settledByExercise'),
            })
          : null,
      );
    }),
    ...(assessment.judgement ?? []).map((j) =>
      el(
        'div',
        { className: 'check-explained' },
        el('h3', { text: j.statement }),
        el('p', {
          className: 'check-note',
          text: t('selfCheck.judgementNote'),
        }),
      ),
    ),
  ];
}
