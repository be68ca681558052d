/**
 * The before-and-after check as a form: one fieldset of radio buttons per item (a knowledge item's
 * options; a judgement item's one agree/disagree scale) and the confidence rating. Every question
 * is optional; what was answered is read back as plain data.
 */
import {
  AGREEMENT_SCALE,
  CONFIDENCE_QUESTION,
  CONFIDENCE_SCALE,
  type Assessment,
} from '../../engine/assessment-schema';
import type { CheckAnswers } from '../../engine/check-answers';
import { el, uniqueId } from '../dom';

/** The check's fields, and a reader for what the learner answered. */
export interface CheckForm {
  fields: HTMLElement[];
  read: () => CheckAnswers;
}

/** Builds the fields of a role's check; `given` pre-selects earlier answers (a redraw). */
export function checkForm(assessment: Assessment, given?: CheckAnswers): CheckForm {
  const groups: { id: string; name: string; numeric: boolean }[] = [];
  const group = (
    itemId: string,
    legend: string,
    options: readonly { value: string; label: string }[],
    numeric: boolean,
    className: string,
  ): HTMLElement => {
    const name = uniqueId(`check-${itemId}`);
    groups.push({ id: itemId, name, numeric });
    const chosen = itemId === '' ? given?.confidence : given?.answers[itemId];
    return el(
      'fieldset',
      { className: `check-item ${className}` },
      el('legend', { text: legend }),
      ...options.map((o) => {
        const input = el('input', { attrs: { type: 'radio', name, value: o.value } });
        input.checked = String(chosen) === o.value;
        return el('label', { className: 'check-option' }, input, ` ${o.label}`);
      }),
    );
  };
  const scale = (words: readonly string[]): { value: string; label: string }[] =>
    words.map((label, i) => ({ value: String(i + 1), label }));
  const fields = [
    ...(assessment.knowledge ?? []).map((k) =>
      group(
        k.id,
        k.question,
        k.options.map((o) => ({ value: o.id, label: o.label })),
        false,
        'is-knowledge',
      ),
    ),
    ...(assessment.judgement ?? []).map((j) =>
      group(j.id, j.statement, scale(AGREEMENT_SCALE), true, 'is-judgement check-scale'),
    ),
    group('', CONFIDENCE_QUESTION, scale(CONFIDENCE_SCALE), true, 'is-confidence check-scale'),
  ];
  const read = (): CheckAnswers => {
    const answers: Record<string, string | number> = {};
    let confidence: number | undefined;
    for (const g of groups) {
      const picked = fields
        .flatMap((f) => [...f.querySelectorAll<HTMLInputElement>(`input[name="${g.name}"]`)])
        .find((input) => input.checked)?.value;
      if (picked === undefined) continue;
      const value = g.numeric ? Number(picked) : picked;
      if (g.id === '') confidence = Number(picked);
      else answers[g.id] = value;
    }
    return { answers, ...(confidence !== undefined ? { confidence } : {}) };
  };
  return { fields, read };
}
