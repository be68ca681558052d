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
import { el } from '../dom';
import { sourceFigure } from '../parts/citation';
import './check.css';

const MARK = { right: 'Right', wrong: 'Not right', unanswered: 'No answer' } as const;

/** The change as a table: what the learner answered before and after, item by item. */
export function checkChangeView(change: CheckChange): HTMLElement {
  const summary =
    change.knowledgeItems > 0
      ? `Questions right: ${change.rightBefore} of ${change.knowledgeItems} before, ${change.rightAfter} after.`
      : '';
  const confidence =
    change.confidenceBefore !== undefined || change.confidenceAfter !== undefined
      ? `Confidence: ${scaleCell(change.confidenceBefore, confidenceWords)} before, ${scaleCell(change.confidenceAfter, confidenceWords)} after.`
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
      el('caption', { className: 'visually-hidden', text: 'Your answers before and after' }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { attrs: { scope: 'col' }, text: 'Question or statement' }),
          el('th', { attrs: { scope: 'col' }, text: 'Before' }),
          el('th', { attrs: { scope: 'col' }, text: 'After' }),
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
    MARK[mark],
  );
}

function scaleCell(point: number | undefined, words: (point: number) => string): string {
  return point === undefined ? 'No answer' : words(point);
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
        el('p', {}, el('strong', { text: 'Answer: ' }), right),
        el('p', { text: k.explain }),
        ...citeSources(scenario, k.cites).map((s) => sourceFigure(s, 'citation')),
        scenario.fictional
          ? el('p', {
              className: 'check-note',
              text: 'Settled by this made-up exercise, not by a source.',
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
          text: 'A judgement: there is no right answer. Talk it over.',
        }),
      ),
    ),
  ];
}
