/**
 * The projector while the room answers a role's check: each question and its answers, large
 * enough for the back row, and once the room's show of hands is recorded, how many gave each
 * answer (a bar and the number). A knowledge item's right answer appears only once the check
 * after the role is recorded, so nothing is given away while the room can still answer.
 */
import type { Assessment } from '../../engine/assessment-schema';
import type { CheckPhase } from '../../engine/check-answers';
import { checkQuestions, type CheckQuestion } from '../../facilitation/room-check';
import { answersMayShow } from '../../facilitation/room-check-display';
import type { RoomState } from '../../facilitation/room-session';
import { el } from '../dom';
import { t } from '../../i18n/translate';
import './projector-check.css';

/** The heading's words for the check at this phase. */
export function projectorCheckHeading(roleName: string, phase: CheckPhase): string {
  return phase === 'before'
    ? t('checkPanel.projectorBefore', { role: roleName })
    : t('checkPanel.projectorAfter', { role: roleName });
}

/** The check's body on the projector, for the role and phase the room is at. */
export function projectorCheckBody(
  state: RoomState,
  role: { id: string; assessment: Assessment },
  phase: CheckPhase,
): HTMLElement[] {
  const counted = state.record.checks?.find((c) => c.role === role.id && c.phase === phase);
  const before =
    phase === 'after'
      ? state.record.checks?.find((c) => c.role === role.id && c.phase === 'before')
      : undefined;
  const showRight = answersMayShow(state, role.id);
  const item = (question: CheckQuestion, index: number): HTMLElement => {
    const counts = counted?.counts[question.id];
    const most = Math.max(1, ...Object.values(counts ?? {}));
    return el(
      'li',
      { className: `projector-check-item is-${question.kind}` },
      el('h2', { text: `${index + 1}. ${question.text}` }),
      el(
        'ul',
        { className: `projector-check-answers ${counts ? 'is-counted' : 'is-uncounted'}` },
        ...question.answers.map((answer) => {
          const right = showRight && question.answer === answer.id;
          const count = counts ? (counts[answer.id] ?? 0) : undefined;
          const earlier = before?.counts[question.id]?.[answer.id];
          return el(
            'li',
            { className: right ? 'is-right' : '' },
            el(
              'span',
              { className: 'answer-text' },
              answer.label,
              right
                ? el('strong', {
                    className: 'answer-right',
                    text: ` ${t('checkPanel.rightAnswerMark')}`,
                  })
                : null,
            ),
            count !== undefined ? bar(count, most) : null,
            count !== undefined
              ? el('span', {
                  className: 'answer-count',
                  text:
                    earlier !== undefined
                      ? t('checkPanel.countWithBefore', { count, before: earlier })
                      : String(count),
                })
              : null,
          );
        }),
      ),
    );
  };
  return [
    el('p', {
      className: 'projector-check-lead',
      text: counted ? t('checkPanel.counted') : t('checkPanel.handsUp'),
    }),
    el(
      'ol',
      { className: 'projector-check-items', attrs: { 'aria-label': t('checkPanel.questions') } },
      ...checkQuestions(role.assessment).map(item),
    ),
  ];
}

/** A bar as long as the count's share of the item's largest count (the number is beside it). */
function bar(count: number, most: number): HTMLElement {
  const shown = el('span', { className: 'answer-bar', attrs: { 'aria-hidden': 'true' } });
  // Set through the style object (not a style attribute), which the page's policy allows.
  shown.style.width = `${Math.round((count / most) * 100)}%`;
  return el('span', { className: 'answer-bar-track', attrs: { 'aria-hidden': 'true' } }, shown);
}
